/**
 * Spreadsheet programs run a cell starting with `=`, `+`, `-`, `@`, tab or CR as a formula (OWASP "CSV injection").
 * A phone number (`+371 2612 3456`, `-5`) is left as it is: a sign followed only by digits, spaces and phone
 * punctuation cannot call a function, while `+1+HYPERLINK(…)` or `-cmd|…` still gets the guard.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s()./-]*$)/;

/**
 * One cell: neutralised, then quoted. Every cell is quoted, so commas, quotes and line breaks inside a
 * value never shift the columns; a leading quote mark makes spreadsheets show a would-be formula as text.
 */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Excel reads a BOM-less CSV as the system's legacy code page and garbles ā, ė, ł, ö and Cyrillic. */
export const UTF8_BOM = '\uFEFF';
