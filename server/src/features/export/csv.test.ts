import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('csv cells', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvLine(['a', 'b, c', 'say "hi"', 'two\nlines', null])).toBe('"a","b, c","say ""hi""","two\nlines",""\r\n');
  });

  it('neutralises everything a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("https://evil.example")`)).toBe(`"'${start}HYPERLINK(""https://evil.example"")"`);
    }
    expect(csvCell('Riga = capital')).toBe('"Riga = capital"');
  });
});
