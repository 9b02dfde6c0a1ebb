import { CASE_WORDS } from './case-words.js';
import { NAME, isKnownGivenName, nameIn } from './person-name.js';
import { TOKEN_END, TOKEN_START, hasDigit, lowerCaseInPlace, matchesOf } from './text-scan.js';
import type { Finding } from './types.js';

/** Month names (as stems) in the region's languages, for dates written "12 March 2009", "12. märts 2009", "12 мая 2009". */
const MONTH = String.raw`(?:jan|feb|mar|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|märz|stycz|lut|kwie|czerw|lip|sierp|wrze|paźdz|listop|grud|tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu|janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr|saus|vasar|kov|baland|geguž|biržel|liep|rugpj|rugs|spal|lapkr|gruod|veebr|märts|juun|juul|dets|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\.?`;

const DATE = [
  String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})`,
  String.raw`\d{1,2}\.\s\d{1,2}\.\s?\d{4}`,
  String.raw`\d{4}[./-]\d{1,2}[./-]\d{1,2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th|\.)?\s(?:of\s)?${MONTH}\s\d{4}`,
  String.raw`${MONTH}\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}`,
  String.raw`\d{4}\.\s?g(?:ada|\.)?\s\d{1,2}\.\s?${MONTH}`,
  String.raw`\d{4}\s?m\.\s${MONTH}\s\d{1,2}\s?d\.?`,
  String.raw`${MONTH}\s\d{4}`,
].join('|');
/** A year alone counts only right after the birth word: "born in 2007", "ur. w 2007", "родилась в 2007". */
const YEAR = String.raw`(?:in\s|w\s|в\s|im\s(?:Jahr\s)?|i\s|vuonna\s|gadā\s)?(?:19|20)\d{2}`;

/** Words that say a date is someone's birth date, in the region's languages. */
const BORN = String.raw`(?:born|b\.|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|dzim\p{L}*|dzim\.|dz\.|urodzon\p{L}*|ur\.|data\s+urodzenia|syntyn\p{L}*|synt\.|s\.(?=[^\S\n]*\d{1,2}\.\d{1,2}\.\d{4})|syntymäaika|född|f\.|födelsedatum|født|fødselsdato|geboren|geb\.|geburtsdatum|родил\p{L}*|дата\s+рождения|род\.|sündinud|sünd\.|sünniaeg|gimęs|gimusi|gim\.|gimimo\s+data)`;

/**
 * What every birth date below needs: a birth word, or "г.р." / "g.dz." after it. Matched in lower case, it compiles in
 * a fraction of BIRTH_DATE's time, and most texts skip BIRTH_DATE (see hasDigit for why compiling matters).
 */
const MAY_BE_BIRTH_DATE = new RegExp(String.raw`(?<![\p{L}])${BORN}|г\.\s?р\.|g\.\s?dz\.`, 'u');

/** The birth word, then up to a few words ("born in Riga on"), then the date; or the date, then "г.р." / "g.dz.". */
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}])${BORN}[:\s]*(?:(?:[\p{L}.,]+\s+){0,3}?${TOKEN_START}(${DATE})|(${YEAR}))${TOKEN_END}|${TOKEN_START}(${DATE}|(?:19|20)\d{2})\s?(?:г\.\s?р\.|g\.\s?dz\.)`,
  'giu',
);

/** Age units after a number: years old, y.o., lat, gadi, aastane, metų, vuotias, år, Jahre, лет … */
const AGE_UNIT = String.raw`(?:years?(?:\s+old)?|y\.?\s?o\.?|yrs?\.?|lat|l\.|gad\p{L}*|g\.|aastane|a\.|met\p{L}*|m\.|vuotias|v\.|år|åring|[Jj]ahre?|[Jj]\.|лет|года?|г\.)`;
interface AgePattern {
  pattern: RegExp;
  /** The group holding the age itself ("(17)", "17 years old"): the finding, so that "Remove" keeps the name. */
  age: number;
  /** The group holding NAME's first word. */
  name: number;
  /** When a bare number must follow a known given name or a full name: "Anna (17)" yes, "Tallinn (8)" no. */
  strict: (m: RegExpExecArray) => boolean;
  /** When the name must be a known given name or one found next to a case word, a full name not being enough. */
  known?: boolean;
}

const AGE_PATTERNS: readonly AgePattern[] = [
  {
    pattern: new RegExp(String.raw`${NAME}[^\S\n]*(\((\d{1,2})(?:[^\S\n]*(${AGE_UNIT}))?\))`, 'gud'),
    age: 3,
    name: 1,
    strict: (m) => m[5] === undefined,
  },
  {
    pattern: new RegExp(String.raw`${NAME},[^\S\n]*((?:aged[^\S\n]+)?\d{1,2}(?:-|[^\S\n]*)${AGE_UNIT})(?![\p{L}])`, 'gud'),
    age: 3,
    name: 1,
    strict: () => false,
  },
  {
    pattern: new RegExp(String.raw`${NAME},[^\S\n]*(aged[^\S\n]+\d{1,2})(?![\p{L}\p{N}])`, 'gud'),
    age: 3,
    name: 1,
    strict: () => false,
  },
  // "Julia, lat 15", "Anna, age 17", "Līga, vecums 17": the word for age before the number.
  {
    pattern: new RegExp(
      String.raw`${NAME},[^\S\n]*((?:lat|age|aged|vecums|amžius|vanus|ikä|ålder|alder|[Aa]lter|возраст)[^\S\n]*:?[^\S\n]*\d{1,2})(?![\p{L}\p{N}])`,
      'gud',
    ),
    age: 3,
    name: 1,
    strict: () => false,
  },
  // "Maria Nowak (lat 34)", "Anna (age 17)": the word for age before the number, in brackets.
  {
    pattern: new RegExp(
      String.raw`${NAME}[^\S\n]*(\((?:lat|age|aged|vecums|amžius|vanus|ikä|ålder|alder|[Aa]lter|возраст)[^\S\n]*:?[^\S\n]*\d{1,2}\))`,
      'gud',
    ),
    age: 3,
    name: 1,
    strict: () => false,
  },
  // "Nukentėjusiajai Rūtai 19 metų", "Анне 17 лет": the age right after a known given name or a name found next to a
  // case word, with a word for years; not a span of time ("Anna Lindqvist 20 år på Polisen", "Kodeks Karny 3 lat").
  {
    pattern: new RegExp(
      String.raw`${NAME}[^\S\n]+(\d{1,2}[^\S\n]*(?:years?[^\S\n]+old|gad(?:i|s|us)|met(?:ų|ai)|лет|года?|år|Jahre(?:[^\S\n]+alt)?|lat|vuotta|aastat))(?![\p{L}])(?![^\S\n]+(?:på|i|hos|ved|bei|im|in|at|with|for|w|we|przez|в|на|pie|pēc|su|per|jo|töös|työssä)(?![\p{L}]))`,
      'gud',
    ),
    age: 3,
    name: 1,
    strict: () => true,
    known: true,
  },
  // "Anna, 17, was identified": the age between commas, as for "Anna (17)" only after a given name or a full name.
  { pattern: new RegExp(String.raw`${NAME},[^\S\n]*(\d{1,2})(?=[,;)]|\.(?!\d))`, 'gud'), age: 3, name: 1, strict: () => true },
  // "Anna is 23", "Jonas ist erst 15 Jahre alt", "Anna ir 23 gadus veca": a name, a verb for being, the age.
  {
    pattern: new RegExp(
      String.raw`${NAME}[^\S\n]+(?:is|was|turned|ist|war|wird|ir|bija|on|oli|yra|buvo|är|var|er|jest|była|był|ma|skończyła|skończył)[^\S\n]+(?:(?:only|just|now|erst|nur|schon|tikai|jau|vasta|jo|tik|jau|endast|bara|bare|kun|dopiero|tylko|już)[^\S\n]+)?(\d{1,2}(?:-|[^\S\n]*)(?:${AGE_UNIT}(?:[^\S\n]+(?:alt|vec\p{L}*|vana|vanha|gammal|gammel|stary|stara|seni\p{L}*))?|(?=[.,;!?)])))(?![\p{L}\p{N}])`,
      'gud',
    ),
    age: 3,
    name: 1,
    strict: () => true,
  },
  // "17-year-old Anna", "17-vuotias Anna", "17-jährige Anna", "17-åriga Anna", "17-letnia Anna".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(\d{1,2}(?:-|\s)(?:years?-old|year-old|vuotias|jährige[rn]?|åriga?|årige|letni\p{L}*|gadīg\p{L}*|aastane|metė|metis|летн\p{L}*))[^\S\n]+${NAME}`,
      'gud',
    ),
    age: 1,
    name: 2,
    strict: () => false,
  },
];

// The case-word patterns are matched in the text's lower case (see lowerCaseInPlace for why).

/** An age adjective before a case word: "a 16-year-old girl named Daria", "16-aastane tüdruk Liisa". */
const AGE_BEFORE_CASE_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:-|\s)(?:years?-old|year-old|vuotias|jährige[rn]?|åriga?|årige|letni\p{L}*|gadīg\p{L}*|aastane|metė|metis|летн\p{L}*)(?=[^\S\n]+(?:${CASE_WORDS})(?![\p{L}]))`,
  'gu',
);
const CASE_WORD = new RegExp(`(?<![\\p{L}])(?:${CASE_WORDS})(?![\\p{L}])`, 'u');
const CASE_WORD_ALONE = new RegExp(`^(?:${CASE_WORDS})$`, 'u');

/** The sentence holding the span from `start` to `end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[.!?\n][^.!?\n]*$/u);
  const after = text.slice(end).search(/[.!?\n](?:\s|$)/u);
  return text.slice(before + 1, after < 0 ? text.length : end + after);
}

/** An age in brackets or between commas after a case word whose person was named: "Jenta (16) heter Nora", "a girl, 15, called Nika". */
const CASE_WORD_THEN_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CASE_WORDS})(?:[^\S\n]*(\(\d{1,2}(?:[^\S\n]*${AGE_UNIT})?\))|,[^\S\n]*(\d{1,2}(?:[^\S\n]*${AGE_UNIT})?)(?=[,;]))`,
  'gud',
);

/** How far after such an age the name found next to its case word may stand. */
const AGE_TO_NAME = 40;

/** "Children born after 1 January 2007": a rule about birth dates, not someone's. */
const THRESHOLD =
  /(?<![\p{L}])(?:after|before|since|between|from|until|prior|pēc|pirms|kopš|po|przed|od|jälkeen|ennen|efter|före|sedan|etter|før|nach|vor|seit|после|до|с|pärast|enne|prieš|nuo)(?![\p{L}])/iu;

function birthDates(text: string, lowerCase: string): Finding[] {
  if (!MAY_BE_BIRTH_DATE.test(lowerCase)) return [];
  return matchesOf(text, BIRTH_DATE)
    .filter((match) => !THRESHOLD.test(match.text.slice(0, match.text.length - (match.groups[0] ?? '').length)))
    .map((match) => {
      const afterWord = match.groups[0] ?? match.groups[1];
      const date = (afterWord ?? match.groups[2])!;
      const start = afterWord !== undefined ? match.end - date.length : match.start;
      return { kind: 'BIRTH_DATE', start, end: start + date.length, text: date, reason: 'A date next to a word meaning "born".' };
    });
}

/** Ages next to a name. The finding is the age alone; the name is flagged too when a case word stands by it. */
function ages(text: string, names: readonly Finding[]): Finding[] {
  const reason = 'An age next to a personal name.';
  return AGE_PATTERNS.flatMap(({ pattern, age, name, strict, known }) =>
    Array.from(text.matchAll(pattern)).flatMap((m) => {
      const foundName = names.some((found) => found.start === m.indices![name]![0]);
      // The pattern may read the case word before the name as its first word ("Жертве Анне 17 лет"): either word counts.
      const isName = (group: number) =>
        m[group] !== undefined && (isKnownGivenName(m[group]) || names.some((found) => found.start === m.indices![group]![0]));
      if (known && !isName(name) && !isName(name + 1)) return [];
      // A bare number needs a known or full name, or a name found next to a case word: "the girl, Viktorija, 16,".
      const bare = strict(m) && !foundName;
      const extent = nameIn({ given: m[name]!, second: m[name + 1] }, bare);
      if (extent === null) return [];
      const [start, end] = m.indices![age]!;
      const found: Finding[] = [{ kind: 'BIRTH_DATE', start, end, text: m[age]!, reason }];
      // "Irina Petrova, 24, was recruited … and is now our client": an aged name in a sentence about a case.
      const nameStart = m.indices![name]![0];
      const nameEnd = m.indices![extent === 'full' ? name + 1 : name]![1];
      // …but a case word is no name: "Ofiara, lat 16" gives the age of a victim nobody named.
      if (!CASE_WORD_ALONE.test(lowerCaseInPlace(m[name]!)) && CASE_WORD.test(lowerCaseInPlace(sentenceAround(text, nameStart, end)))) {
        const aged = text.slice(nameStart, nameEnd);
        found.push({
          kind: 'NAME_WITH_CASE_WORD',
          start: nameStart,
          end: nameEnd,
          text: aged,
          reason: 'A personal name with an age, in a sentence about a case.',
        });
      }
      return found;
    }),
  );
}

/** Ages before or just after a case word whose person was named: the age belongs to that name. */
function agesByCaseWords(text: string, lowerCase: string, names: readonly Finding[]): Finding[] {
  // Only a named person's age counts: without names there is nothing to look for (and clean text stays fast).
  if (names.length === 0) return [];
  const near = (start: number, end: number) =>
    names.some((name) => (name.start >= end && name.start - end <= AGE_TO_NAME) || (name.end <= start && start - name.end <= AGE_TO_NAME));
  const before = matchesOf(lowerCase, AGE_BEFORE_CASE_WORD).filter((age) => near(age.start, age.end));
  const after = Array.from(lowerCase.matchAll(CASE_WORD_THEN_AGE), (m) => {
    const group = m[1] === undefined ? 2 : 1;
    const [start, end] = m.indices![group]!;
    return { start, end, caseStart: m.index };
  }).filter((age) => near(age.caseStart, age.end));
  return [...before, ...after].map(({ start, end }) => ({
    kind: 'BIRTH_DATE' as const,
    start,
    end,
    text: text.slice(start, end),
    reason: 'An age next to a personal name.',
  }));
}

/** Dates of birth, and ages given next to a name (`names`: the names found next to case words). */
export function detectBirthDates(text: string, names: readonly Finding[] = []): Finding[] {
  // Every date and age has a digit: a text without one need not run (nor compile) these patterns.
  if (!hasDigit(text)) return [];
  const lowerCase = lowerCaseInPlace(text);
  return [...birthDates(text, lowerCase), ...ages(text, names), ...agesByCaseWords(text, lowerCase, names)];
}
