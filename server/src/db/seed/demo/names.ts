// Draws fictional people: which name pool fits a country (including its linguistic minorities) and how a name is
// assembled from it. The languages returned are the person's native ones; experts.ts adds working languages.
import type { LanguageCode } from '@strom/shared';
import type { NamePool, Surname } from './name-pool.js';
import type { Rng } from './random.js';
import { ESTONIAN, LATVIAN, LITHUANIAN } from './names-baltic.js';
import { GERMAN, POLISH, RUSSIAN_CYRILLIC, RUSSIAN_LATIN } from './names-central.js';
import { DIASPORA_POOLS } from './names-diaspora.js';
import { DANISH, FINNISH, ICELANDIC, NORWEGIAN, SWEDISH } from './names-nordic.js';

export type Gender = 'female' | 'male';

export interface DrawnPerson {
  fullName: string;
  gender: Gender;
  nativeLanguages: LanguageCode[];
}

interface PoolShare {
  pool: NamePool;
  /** Cumulative probability threshold; the first share whose threshold exceeds the draw wins. */
  upTo: number;
}

const MAJORITY: Readonly<Record<string, NamePool>> = {
  DK: DANISH,
  EE: ESTONIAN,
  FI: FINNISH,
  DE: GERMAN,
  IS: ICELANDIC,
  LV: LATVIAN,
  LT: LITHUANIAN,
  NO: NORWEGIAN,
  PL: POLISH,
  SE: SWEDISH,
};

// Russian speakers are a large minority in Estonia and Latvia, Poles in Lithuania, Swedish speakers in Finland.
// Russia itself mixes scripts so that Cyrillic search has data to find.
const MINORITIES: Readonly<Record<string, readonly PoolShare[]>> = {
  EE: [{ pool: RUSSIAN_LATIN, upTo: 0.22 }],
  LV: [{ pool: RUSSIAN_LATIN, upTo: 0.22 }],
  LT: [
    { pool: POLISH, upTo: 0.06 },
    { pool: RUSSIAN_LATIN, upTo: 0.1 },
  ],
  FI: [{ pool: SWEDISH, upTo: 0.08 }],
  RU: [
    { pool: RUSSIAN_CYRILLIC, upTo: 0.4 },
    { pool: RUSSIAN_LATIN, upTo: 1 },
  ],
};

function poolFor(rng: Rng, countryCode: string, diaspora: boolean): NamePool {
  if (diaspora) return rng.pick(DIASPORA_POOLS);
  const draw = rng.next();
  const minority = (MINORITIES[countryCode] ?? []).find((share) => draw < share.upTo);
  if (minority) return minority.pool;
  const majority = MAJORITY[countryCode];
  if (!majority) throw new Error(`No name pool for country ${countryCode}`);
  return majority;
}

function surnameFor(surname: Surname, gender: Gender): string {
  if (typeof surname === 'string') return surname;
  return gender === 'male' ? surname[0] : surname[1];
}

/**
 * A fictional person living in `countryCode`. `diaspora` picks a migration-background name (and native language);
 * `countryLanguage` is then added because such staff work in the local language too.
 */
export function drawPerson(rng: Rng, countryCode: string, countryLanguage: LanguageCode, diaspora = false): DrawnPerson {
  const pool = poolFor(rng, countryCode, diaspora);
  // The field is female-dominated in social work and NGOs; a 60/40 split keeps both forms well represented.
  const gender: Gender = rng.chance(0.6) ? 'female' : 'male';
  const given = rng.pick(gender === 'female' ? pool.female : pool.male);
  const family = surnameFor(rng.pick(pool.surnames), gender);
  const fullName = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
  const nativeLanguages: LanguageCode[] = [pool.language];
  if (pool.language !== countryLanguage && rng.chance(0.85)) nativeLanguages.push(countryLanguage);
  return { fullName, gender, nativeLanguages };
}
