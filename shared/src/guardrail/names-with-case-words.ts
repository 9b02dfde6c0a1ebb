import { AND_WORDS, CASE_WORDS, COPULAS, ENGLISH_CASE_WORD, NAMING_WORDS, NOUN_CAPITALISING_CASE_WORDS, TITLES } from './case-words.js';
import { NAME, isKnownGivenName, nameIn } from './person-name.js';
import { FindingSpans } from './spans.js';
import { lowerCaseInPlace } from './text-scan.js';
import type { Finding } from './types.js';

const COPULA = new RegExp(`^${COPULAS}[^\\S\\n]`, 'u');
// Matched in the text's lower case (lowerCaseInPlace says why): the case words are written in lower case.
const CASE_WORD = new RegExp(`(?<![\\p{L}])(?:${CASE_WORDS})(?![\\p{L}])`, 'gu');
/** After the case word: "victim Anna", "victim: Anna K.", "the girl, called Maria". No sentence break between. */
const NAME_AFTER = new RegExp(
  String.raw`(?:'s)?[^\S\n]*(?:[,:(–—]|-(?=[^\S\n]))?[^\S\n]*((?:${COPULAS}|${NAMING_WORDS})[^\S\n]+)?(?:${TITLES}[^\S\n]+)?[„"“«']?${NAME}`,
  'yud',
);
/** A naming word later in the clause: "a woman of 32 named Oksana", "en kvinne på 32 år ved navn Oksana". */
const NAMED_LATER = new RegExp(String.raw`^[^.!?;\n]{0,50}?(?<![\p{L}])(?:${NAMING_WORDS})[^\S\n]+${NAME}`, 'ud');

/** Hurried notes write names in lower case ("the boy ahmed said"): after a case word a known given name still counts. */
const LOWER_CASE_NAME_AFTER = /(?:[^\S\n]*[,:]?[^\S\n]*)(\p{Ll}{4,})(?![\p{L}])/uy;
/** Given names that are also everyday words in lower case. */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(['grace', 'mercy', 'favour', 'precious', 'blessing', 'rein', 'finn', 'hung', 'mart']);

/** A second name joined to the first: "the girls Anna and Maria", "two girls, Hanna (15) and Lotte (16)". */
const NEXT_NAME = new RegExp(String.raw`(?:[^\S\n]*\([^()\n]{1,15}\))?[^\S\n]*,?[^\S\n]+${AND_WORDS}[^\S\n]+()${NAME}`, 'yud');
const ARTICLE = String.raw`(?:the|a|an|our|their)[^\S\n]+`;
const FILLER = String.raw`(?:[\p{L}\d-]+[^\S\n]+){0,2}`;
/**
 * Before the case word: "Anna (victim)", "Anna K., the victim", "Anna, a 16-year-old girl", "Anna is a victim". After
 * a comma an article must follow: "Jak mówiła Magdalena, małoletnie ofiary…" names a colleague.
 */
const NAME_BEFORE = new RegExp(
  String.raw`${NAME}(?:[^\S\n]*\(|,[^\S\n]+${ARTICLE}${FILLER}|[^\S\n]+(?:is|was)[^\S\n]+(?:${ARTICLE})?${FILLER})$`,
  'ud',
);

/** Where a capitalised word may simply begin a sentence. */
const SENTENCE_START = /(?:^|[.!?:;\n"“„«(])\s*$/u;

/**
 * A case word capitalised inside a sentence belongs to a title or an organisation ("Victim Support Finland",
 * "Girls Not Brides", "Save the Children"), unless its language capitalises every noun.
 */
function inTitle(text: string, index: number, caseWord: string, nounsCapitalised: boolean): boolean {
  return !nounsCapitalised && /^\p{Lu}/u.test(caseWord) && !SENTENCE_START.test(text.slice(Math.max(0, index - 3), index));
}

/**
 * An English case word that begins a sentence has no article before it, as titles do ("Child Welfare Services
 * said"). Languages without articles begin sentences so all the time.
 */
function titleLike(caseWord: string): boolean {
  return /^\p{Lu}/u.test(caseWord) && ENGLISH_CASE_WORD.test(caseWord);
}

/** The name's span in a match whose groups `given` and `given + 1` are NAME's two words. */
function nameSpan(match: RegExpExecArray, given: number, offset: number, nounsCapitalised: boolean) {
  const extent = nameIn({ given: match[given]!, second: match[given + 1] }, nounsCapitalised);
  if (extent === null) return null;
  const last = match.indices![extent === 'full' ? given + 1 : given]!;
  return { start: offset + match.indices![given]![0], end: offset + last[1] };
}

function lowerCaseNameAfter(text: string, index: number) {
  LOWER_CASE_NAME_AFTER.lastIndex = index;
  const match = LOWER_CASE_NAME_AFTER.exec(text);
  if (match === null || !isKnownGivenName(match[1]!) || EVERYDAY_WORDS.has(match[1]!)) return null;
  const end = index + match[0].length;
  return { start: end - match[1]!.length, end };
}

/** A capitalised name right after or before a word such as victim, girl, client, ofiara, uhri, Opfer, жертва. */
export function detectNamesWithCaseWords(text: string): Finding[] {
  const findings = new FindingSpans();
  const add = (span: { start: number; end: number } | null, caseWord: string) => {
    if (span === null) return;
    const reason = `A personal name next to the case word "${caseWord}".`;
    findings.add({ kind: 'NAME_WITH_CASE_WORD', ...span, text: text.slice(span.start, span.end), reason });
  };
  for (const caseMatch of lowerCaseInPlace(text).matchAll(CASE_WORD)) {
    const caseWord = text.slice(caseMatch.index, caseMatch.index + caseMatch[0].length);
    const nounsCapitalised = NOUN_CAPITALISING_CASE_WORDS.test(caseWord);
    if (inTitle(text, caseMatch.index, caseWord, nounsCapitalised)) continue;
    NAME_AFTER.lastIndex = caseMatch.index + caseWord.length;
    const after = NAME_AFTER.exec(text);
    // "Victim: Anna" is a label, not a title.
    const title = after !== null && titleLike(caseWord) && !/^(?:'s)?[^\S\n]*[:,(–—-]/u.test(after[0]);
    // "For child victims, Barnahus provides…", "victims (Guardian)": after a comma a capitalised word may begin the
    // next clause, and in parentheses it is as often a source as a name.
    const afterPunctuation = after !== null && /^(?:'s)?[^\S\n]*[,(]/u.test(after[0]);
    // …unless a naming word says a name follows, or the name stands between commas ("the girl, Viktorija, 16,").
    const appositive = after !== null && /^[^\S\n]*,/u.test(text.slice(after.index + after[0].length));
    // After a verb for being the word may be anything ("the victim is Ukrainian"): a known given name or a full name.
    const copula = after?.[1] !== undefined && COPULA.test(after[1]);
    const strict = copula || (after?.[1] === undefined && (nounsCapitalised || (afterPunctuation && !appositive)));
    // After a sentence-initial English case word, a run of capitalised words is a title ("Child Welfare Services").
    const titleRun = title && !isKnownGivenName(after[2]!);
    const caseEnd = caseMatch.index + caseWord.length;
    const later = NAMED_LATER.exec(text.slice(caseEnd, caseEnd + 120));
    const named = after && !titleRun ? nameSpan(after, 2, 0, strict) : later && nameSpan(later, 1, caseEnd, false);
    add(named ?? lowerCaseNameAfter(text, caseMatch.index + caseWord.length), caseWord);
    if (named) {
      NEXT_NAME.lastIndex = named.end;
      const next = NEXT_NAME.exec(text);
      if (next) add(nameSpan(next, 2, 0, nounsCapitalised), caseWord);
    }
    const offset = Math.max(0, caseMatch.index - 60);
    const before = NAME_BEFORE.exec(text.slice(offset, caseMatch.index));
    // Before a case word a capitalised word is as often a place or an organisation ("In Riga, the victims …").
    // …and the case word is in lower case, as in running text: "Modern Slavery (Victim Support) Bill" is a title.
    const lowerCase = nounsCapitalised || !/^\p{Lu}/u.test(caseWord);
    if (before && lowerCase && (isKnownGivenName(before[1]!) || before[2] !== undefined)) add(nameSpan(before, 1, offset, true), caseWord);
  }
  return findings.sorted;
}
