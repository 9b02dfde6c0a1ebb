import { describe, expect, it } from 'vitest';
import { matchesName } from './searchName';

describe('matchesName', () => {
  it('ignores case and diacritics', () => {
    expect(matchesName('Liepāja', 'liepaja')).toBe(true);
    expect(matchesName('Klaipėda', 'KLAIP')).toBe(true);
    expect(matchesName('Łódź', 'lodz')).toBe(true);
    expect(matchesName('Tromsø', 'tromso')).toBe(true);
    expect(matchesName('Jelgava', 'riga')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesName('Tartu', '  ')).toBe(true);
  });
});
