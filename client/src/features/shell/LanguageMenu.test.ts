import { UI_LANGUAGES } from '@strom/shared';
import { describe, expect, it } from 'vitest';
import { ENDONYMS } from './LanguageMenu';

describe('LanguageMenu names', () => {
  it('names every interface language in itself without asking the browser (no locale data on the first render)', () => {
    expect(UI_LANGUAGES.filter((code) => !ENDONYMS[code])).toEqual([]);
    expect(ENDONYMS['is']).toBe('Íslenska');
    expect(ENDONYMS['ru']).toBe('Русский');
  });
});
