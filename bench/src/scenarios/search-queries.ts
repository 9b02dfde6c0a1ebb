import type { Dataset } from '../dataset/dataset.js';
import { COMMON_WORD, RARE_WORDS } from '../dataset/posts.js';

export interface SearchQuery {
  kind: 'common' | 'rare' | 'misspelled' | 'cyrillic';
  text: string;
  /** A word of the forum posts (asked only when the server searches forums). */
  forum?: boolean;
}

/**
 * 22 searches a member types: frequent words, rare exact names, names without diacritics or with typos, Cyrillic,
 * and a word of a few dozen forum posts and one of a large share of them (every search reads the forums too).
 */
export function searchQueries(dataset: Dataset): SearchQuery[] {
  const rarePerson = dataset.experts[4321]?.fullName ?? 'Nobody';
  const rarePlace = dataset.places.find((p) => !p.real && p.countryCode === 'SE')?.name ?? 'Nowhere';
  return [
    ...['social', 'police', 'child protection', 'labour exploitation', 'Riga', 'Tallinn'].map((text) => ({
      kind: 'common' as const,
      text,
    })),
    { kind: 'common', text: COMMON_WORD, forum: true },
    ...[rarePerson, rarePlace, 'Lighthouse', 'financial investigation'].map((text) => ({ kind: 'rare' as const, text })),
    { kind: 'rare', text: RARE_WORDS[0]!, forum: true },
    ...['Kazlauskiene', 'Berzins', 'Korhonnen', 'Wisniewska', 'Mueller', 'Jonsdotir', 'Gdansk', 'Liepaja'].map((text) => ({
      kind: 'misspelled' as const,
      text,
    })),
    ...['Иванова', 'Смирнов'].map((text) => ({ kind: 'cyrillic' as const, text })),
  ];
}
