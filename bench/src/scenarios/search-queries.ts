import type { Dataset } from '../dataset/dataset.js';

export interface SearchQuery {
  kind: 'common' | 'rare' | 'misspelled' | 'cyrillic';
  text: string;
}

/** 20 searches a member types: frequent words, rare exact names, names without diacritics or with typos, and Cyrillic. */
export function searchQueries(dataset: Dataset): SearchQuery[] {
  const rarePerson = dataset.experts[4321]?.fullName ?? 'Nobody';
  const rarePlace = dataset.places.find((p) => !p.real && p.countryCode === 'SE')?.name ?? 'Nowhere';
  return [
    ...['social', 'police', 'child protection', 'labour exploitation', 'Riga', 'Tallinn'].map((text) => ({
      kind: 'common' as const,
      text,
    })),
    ...[rarePerson, rarePlace, 'Lighthouse', 'financial investigation'].map((text) => ({ kind: 'rare' as const, text })),
    ...['Kazlauskiene', 'Berzins', 'Korhonnen', 'Wisniewska', 'Mueller', 'Jonsdotir', 'Gdansk', 'Liepaja'].map((text) => ({
      kind: 'misspelled' as const,
      text,
    })),
    ...['Иванова', 'Смирнов'].map((text) => ({ kind: 'cyrillic' as const, text })),
  ];
}
