// "Liepaja" finds Liepāja, "lodz" finds Łódź: compare without case and diacritics.
// Ł/ł and Ø/ø do not decompose in Unicode, so they are folded by hand.
const FOLDS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

export function foldName(name: string): string {
  return name
    .toLocaleLowerCase('en')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[łøđßæœ]/g, (c) => FOLDS[c] ?? c);
}

export function matchesName(name: string, query: string): boolean {
  const folded = foldName(query.trim());
  return folded === '' || foldName(name).includes(folded);
}
