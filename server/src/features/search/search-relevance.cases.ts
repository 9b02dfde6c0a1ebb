/**
 * The relevance test set (issue 15): searches a new user types over the demo network, each with what a right
 * answer is. `relevant` judges any hit; `first` judges the first hit. Judgements name places, organisation
 * types and names of the demo data, never ids: they say what a person would accept, not what the SQL returns.
 */

/** A search hit flattened for judging: an expert is judged by its own words and its organisation's. */
export interface Found {
  /** Forum threads and posts and library resources are judged too: none of these cases is looking for one. */
  kind: 'Expert' | 'Organisation' | 'ThreadMatch' | 'PostMatch' | 'ResourceMatch';
  name: string;
  acronym: string | null;
  /** The organisation's type (an expert's: their organisation's). */
  type: string;
  /** The organisation's name (an organisation's: its own). */
  organisation: string;
  /** Municipality name, if local. */
  place: string | null;
  country: string | null;
  title: string | null;
}

type Judge = (found: Found) => boolean;

export interface RelevanceCase {
  query: string;
  /** Who types it: member-only cases look for people or for organisations hidden from visitors. */
  as: 'member' | 'both';
  relevant: Judge;
  /** The first hit must satisfy this; defaults to `relevant`. */
  first?: Judge;
}

const inPlace =
  (place: string): Judge =>
  (f) =>
    f.place === place;
const inCountry =
  (code: string): Judge =>
  (f) =>
    f.country === code;
const ofType =
  (type: string): Judge =>
  (f) =>
    f.type === type;
/** The organisation itself or one of its people. */
const at =
  (organisation: string): Judge =>
  (f) =>
    f.organisation === organisation;
/** A national body of the country (it serves every municipality in it). */
const nationalIn =
  (code: string): Judge =>
  (f) =>
    f.place === null && f.country === code;
const person =
  (name: string): Judge =>
  (f) =>
    f.kind === 'Expert' && f.name === name;
const titled =
  (pattern: RegExp): Judge =>
  (f) =>
    f.kind === 'Expert' && pattern.test(f.title ?? '');
const all =
  (...judges: Judge[]): Judge =>
  (f) =>
    judges.every((judge) => judge(f));
const any =
  (...judges: Judge[]): Judge =>
  (f) =>
    judges.some((judge) => judge(f));

/** A place typed any way a user might: the hits must be in it. */
const placeQueries = (place: string, spellings: string[]): RelevanceCase[] =>
  spellings.map((query) => ({ query, as: 'both', relevant: inPlace(place) }));

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Places, with and without diacritics, in Cyrillic and in other languages.
  ...placeQueries('Riga', ['Riga', 'Rīga', 'Рига']),
  ...placeQueries('Klaipėda', ['Klaipeda', 'Klaipėda', 'Клайпеда']),
  ...placeQueries('Liepāja', ['Liepaja', 'Liepāja']),
  ...placeQueries('Gdańsk', ['Gdansk', 'Gdańsk']),
  ...placeQueries('Tartu', ['Tartu']),
  ...placeQueries('Malmö', ['Malmo', 'Malmö']),
  ...placeQueries('Tallinn', ['Tallinn', 'Таллин']),
  ...placeQueries('Warsaw', ['Warszawa']),
  ...placeQueries('Copenhagen', ['København']),
  ...placeQueries('Gothenburg', ['Göteborg']),
  ...placeQueries('Saint Petersburg', ['Saint Petersburg', 'Санкт-Петербург']),
  { query: 'Latvia', as: 'both', relevant: inCountry('LV') },
  { query: 'Lietuva', as: 'both', relevant: inCountry('LT') },
  // Organisation acronyms: exactly that organisation (and, for members, its people).
  { query: 'ESLI', as: 'both', relevant: at('Estonian State Labour Inspectorate') },
  // Two organisations share this one.
  {
    query: 'LSLI',
    as: 'both',
    relevant: any(at('Latvian State Labour Inspectorate'), at('Lithuanian State Labour Inspectorate')),
  },
  { query: 'FOSHI', as: 'both', relevant: at('Finnish Occupational Safety and Health Inspectorate') },
  { query: 'BITR', as: 'both', relevant: at('Baltic Institute for Trafficking Research') },
  { query: 'EBG', as: 'both', relevant: at('Estonian Border Guard') },
  { query: 'GCVS', as: 'both', relevant: at('German Coalition for Victim Support') },
  // Topic and place together: the place narrows, the topic ranks.
  ...['child protection Klaipėda', 'child protection Klaipeda'].map((query) => ({
    query,
    as: 'both' as const,
    relevant: all(any(inPlace('Klaipėda'), nationalIn('LT')), ofType('CHILD_PROTECTION')),
    first: all(inPlace('Klaipėda'), ofType('CHILD_PROTECTION')),
  })),
  { query: 'labour inspection Tallinn', as: 'both', relevant: at('Estonian State Labour Inspectorate') },
  { query: 'shelter Rīga women', as: 'member', relevant: all(inCountry('LV'), ofType('SERVICE_PROVIDER')) },
  {
    query: 'police Tallinn',
    as: 'both',
    relevant: all(any(inPlace('Tallinn'), nationalIn('EE')), ofType('POLICE')),
    first: all(inPlace('Tallinn'), ofType('POLICE')),
  },
  { query: 'social services Gdansk', as: 'both', relevant: all(inPlace('Gdańsk'), ofType('MUNICIPAL_SOCIAL_SERVICES')) },
  { query: 'child welfare Helsinki', as: 'both', relevant: all(inPlace('Helsinki'), ofType('CHILD_PROTECTION')) },
  { query: 'border guard Latvia', as: 'both', relevant: at('Latvian Border Guard') },
  { query: 'police Latvia', as: 'both', relevant: all(inCountry('LV'), ofType('POLICE')) },
  { query: 'labour inspectorate Lithuania', as: 'both', relevant: at('Lithuanian State Labour Inspectorate') },
  { query: 'case manager Klaipėda', as: 'member', relevant: all(inPlace('Klaipėda'), titled(/case manag/i)) },
  { query: 'crisis centre Vilnius', as: 'member', relevant: at('Vilnius Crisis Centre') },
  // Roles and services.
  { query: 'prosecutor', as: 'member', relevant: any(titled(/prosecutor/i), ofType('PROSECUTION')) },
  { query: 'guardianship specialist', as: 'member', relevant: titled(/guardianship specialist/i) },
  { query: 'labour inspector', as: 'member', relevant: any(titled(/labour inspector/i), ofType('LABOUR_INSPECTORATE')) },
  { query: 'hotline', as: 'member', relevant: any(titled(/hotline/i), (f) => /helpline/i.test(f.organisation)) },
  { query: 'helpline', as: 'both', relevant: (f) => /helpline/i.test(f.organisation) },
  { query: 'safe accommodation', as: 'both', relevant: ofType('SERVICE_PROVIDER') },
  { query: 'border guard', as: 'both', relevant: ofType('BORDER_GUARD') },
  // People: surnames without diacritics and with typos.
  { query: 'Kazlauskiene', as: 'member', relevant: person('Giedrė Kazlauskienė') },
  { query: 'Vasilauskiene', as: 'member', relevant: person('Lina Vasiliauskienė') },
  { query: 'Korhonnen', as: 'member', relevant: person('Satu Korhonen') },
  { query: 'Wisniewski', as: 'member', relevant: person('Tomasz Wiśniewski') },
  { query: 'Halvorson', as: 'member', relevant: (f) => f.kind === 'Expert' && f.name.endsWith(' Halvorsen') },
  { query: 'Lina Vasiliauskiene', as: 'member', relevant: person('Lina Vasiliauskienė') },
];
