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
    expect(csvCell('+1+HYPERLINK("x")')).toBe('"\'+1+HYPERLINK(""x"")"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
  });

  it('leaves phone numbers and negative numbers as they are', () => {
    for (const value of ['+371 2612 3456', '+48 (22) 123-45-67', '-5', '+46.8.123']) expect(csvCell(value)).toBe(`"${value}"`);
  });
});
