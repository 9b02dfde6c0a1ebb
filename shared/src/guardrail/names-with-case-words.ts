import { AND_WORDS, CASE_WORDS, NAMING_WORDS, NOUN_CAPITALISING_CASE_WORDS, TITLES } from './case-words.js';
import { NAME, isKnownGivenName, nameIn } from './person-name.js';
import type { Finding } from './types.js';

const CASE_WORD = new RegExp(`(?<![\\p{L}])(?:${CASE_WORDS})(?![\\p{L}])`, 'giu');
/** After the case word: "victim Anna", "victim: Anna K.", "the girl, called Maria". No sentence break between. */
const NAME_AFTER = new RegExp(
  String.raw`(?:'s)?[^\S\n]*[,:(–-]?[^\S\n]*((?:${NAMING_WORDS})[^\S\n]+)?(?:${TITLES}[^\S\n]+)?[„"“«']?${NAME}`,
  'yud',
);
/** A second name joined to the first: "the girls Anna and Maria". */
const NEXT_NAME = new RegExp(String.raw`[^\S\n]*,?[^\S\n]+${AND_WORDS}[^\S\n]+()${NAME}`, 'yud');
/** Before the case word: "Anna (victim)", "Anna K., the victim". */
const NAME_BEFORE = new RegExp(String.raw`${NAME}(?:[^\S\n]*\(|,[^\S\n]+(?:(?:the|a|an|our|their)[^\S\n]+)?)$`, 'ud');

/** The name's span in a match whose groups `given` and `given + 1` are NAME's two words. */
function nameSpan(match: RegExpExecArray, given: number, offset: number, nounsCapitalised: boolean) {
  const extent = nameIn({ given: match[given]!, second: match[given + 1] }, nounsCapitalised);
  if (extent === null) return null;
  const last = match.indices![extent === 'full' ? given + 1 : given]!;
  return { start: offset + match.indices![given]![0], end: offset + last[1] };
}

/** A capitalised name right after or before a word such as victim, girl, client, ofiara, uhri, Opfer, жертва. */
export function detectNamesWithCaseWords(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (span: { start: number; end: number } | null, caseWord: string) => {
    if (span === null || findings.some((f) => f.start < span.end && span.start < f.end)) return;
    const reason = `A personal name next to the case word "${caseWord}".`;
    findings.push({ kind: 'NAME_WITH_CASE_WORD', ...span, text: text.slice(span.start, span.end), reason });
  };
  for (const caseMatch of text.matchAll(CASE_WORD)) {
    const caseWord = caseMatch[0];
    const nounsCapitalised = NOUN_CAPITALISING_CASE_WORDS.test(caseWord);
    NAME_AFTER.lastIndex = caseMatch.index + caseWord.length;
    const after = NAME_AFTER.exec(text);
    // "das Opfer namens Anna": a naming word says a name follows even where nouns are capitalised.
    const named = after && nameSpan(after, 2, 0, nounsCapitalised && after[1] === undefined);
    add(named, caseWord);
    if (named) {
      NEXT_NAME.lastIndex = named.end;
      const next = NEXT_NAME.exec(text);
      if (next) add(nameSpan(next, 2, 0, nounsCapitalised), caseWord);
    }
    const offset = Math.max(0, caseMatch.index - 60);
    const before = NAME_BEFORE.exec(text.slice(offset, caseMatch.index));
    // Before a case word a capitalised word is as often a place or an organisation ("In Riga, the victims …").
    if (before && (isKnownGivenName(before[1]!) || before[2] !== undefined)) add(nameSpan(before, 1, offset, true), caseWord);
  }
  return findings;
}
