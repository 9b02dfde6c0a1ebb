// How each country's institutions are called locally (in English renderings) and which languages colleagues there
// work in. Names follow each country's real administrative pattern so the demo reads plausibly; the organisations
// and everyone in them are fictional.
import type { LanguageCode } from '@strom/shared';

export interface CountryProfile {
  code: string;
  /** Adjective used in national organisation names: "Latvian", "Polish". */
  adjective: string;
  language: LanguageCode;
  /** Working languages besides English that staff commonly have, most likely first. */
  secondLanguages: readonly LanguageCode[];
  socialServices: (city: string) => string;
  childProtection: (city: string) => string;
  police: (city: string) => string;
  /** Fictional civil-society names in the local language; local branches append the city. */
  ngoNames: readonly string[];
}

export const COUNTRY_PROFILES: Readonly<Record<string, CountryProfile>> = {
  DK: {
    code: 'DK',
    adjective: 'Danish',
    language: 'da',
    secondLanguages: ['de', 'sv', 'no'],
    socialServices: (c) => `${c} Municipality Social Services`,
    childProtection: (c) => `${c} Municipality Children and Youth Department`,
    police: (c) => `${c} Local Police – Investigation Section`,
    ngoNames: ['Foreningen Nyt Anker', 'Støttecentret Lysthuset', 'Netværket Åben Havn'],
  },
  EE: {
    code: 'EE',
    adjective: 'Estonian',
    language: 'et',
    secondLanguages: ['ru', 'fi', 'de'],
    socialServices: (c) => `${c} Social Welfare Department`,
    childProtection: (c) => `${c} Child Protection Service`,
    police: (c) => `${c} Police Station – Criminal Bureau`,
    ngoNames: ['MTÜ Turvaline Sadam', 'MTÜ Valguskiir', 'MTÜ Uus Kompass'],
  },
  FI: {
    code: 'FI',
    adjective: 'Finnish',
    language: 'fi',
    secondLanguages: ['sv', 'ru', 'de'],
    socialServices: (c) => `${c} Social Services`,
    childProtection: (c) => `${c} Child Welfare Services`,
    police: (c) => `${c} Police Station – Crime Investigation`,
    ngoNames: ['Turvasatama ry', 'Majakka-apu ry', 'Uusi Suunta ry'],
  },
  DE: {
    code: 'DE',
    adjective: 'German',
    language: 'de',
    secondLanguages: ['pl', 'ru', 'fr'],
    socialServices: (c) => `${c} Social Welfare Office`,
    childProtection: (c) => `${c} Youth Welfare Office`,
    police: (c) => `${c} Police – Commissariat for Organised Crime`,
    ngoNames: ['Neuer Hafen e.V.', 'Lichtblick Beratung e.V.', 'Brückenschlag e.V.'],
  },
  IS: {
    code: 'IS',
    adjective: 'Icelandic',
    language: 'is',
    secondLanguages: ['da', 'no', 'sv'],
    socialServices: (c) => `${c} Welfare Department`,
    childProtection: (c) => `${c} Child Protection Committee`,
    police: (c) => `${c} Metropolitan Police`,
    ngoNames: ['Samtökin Skjól'],
  },
  LV: {
    code: 'LV',
    adjective: 'Latvian',
    language: 'lv',
    secondLanguages: ['ru', 'de', 'lt'],
    socialServices: (c) => `${c} City Social Service`,
    childProtection: (c) => `${c} Orphan's and Custody Court`,
    police: (c) => `State Police ${c} Division`,
    ngoNames: ['Biedrība „Jaunais Krasts”', 'Biedrība „Gaišais Ceļš”', 'Nodibinājums „Drošais Tilts”'],
  },
  LT: {
    code: 'LT',
    adjective: 'Lithuanian',
    language: 'lt',
    secondLanguages: ['ru', 'pl', 'de'],
    socialServices: (c) => `${c} Social Services Centre`,
    childProtection: (c) => `${c} Child Rights Protection Unit`,
    police: (c) => `${c} County Police Headquarters`,
    ngoNames: ['Asociacija „Šviesus Kelias”', 'Viešoji įstaiga „Saugus Uostas”', 'Centras „Naujas Žingsnis”'],
  },
  NO: {
    code: 'NO',
    adjective: 'Norwegian',
    language: 'no',
    secondLanguages: ['sv', 'da', 'de'],
    socialServices: (c) => `${c} Municipality Welfare Services`,
    childProtection: (c) => `${c} Child Welfare Service`,
    police: (c) => `${c} Police Station – Investigation Unit`,
    ngoNames: ['Stiftelsen Trygg Havn', 'Foreningen Ny Kurs', 'Støttesenteret Fyrlykta'],
  },
  PL: {
    code: 'PL',
    adjective: 'Polish',
    language: 'pl',
    secondLanguages: ['de', 'ru', 'uk'],
    socialServices: (c) => `${c} Municipal Social Welfare Centre`,
    childProtection: (c) => `${c} Family Support Centre`,
    police: (c) => `${c} Municipal Police Headquarters`,
    ngoNames: ['Fundacja „Nowy Brzeg”', 'Stowarzyszenie „Jasna Ścieżka”', 'Fundacja „Bezpieczny Most”'],
  },
  RU: {
    code: 'RU',
    adjective: 'Russian',
    language: 'ru',
    secondLanguages: ['fi', 'de', 'et'],
    socialServices: (c) => `${c} Comprehensive Social Service Centre`,
    childProtection: (c) => `${c} Commission for Juvenile Affairs`,
    police: (c) => `${c} Police Department`,
    ngoNames: ['АНО «Новый берег»', 'Фонд «Светлый путь»', 'Центр «Надёжный мост»'],
  },
  SE: {
    code: 'SE',
    adjective: 'Swedish',
    language: 'sv',
    secondLanguages: ['fi', 'no', 'de'],
    socialServices: (c) => `${c} Municipality Social Services`,
    childProtection: (c) => `${c} Social Services – Children and Families Unit`,
    police: (c) => `${c} Local Police Area`,
    ngoNames: ['Föreningen Trygg Hamn', 'Stödcentret Fyrbåken', 'Nätverket Ny Riktning'],
  },
};

export function countryProfile(code: string): CountryProfile {
  const profile = COUNTRY_PROFILES[code];
  if (!profile) throw new Error(`No demo profile for country ${code}`);
  return profile;
}
