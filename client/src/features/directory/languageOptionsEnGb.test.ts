import { describe, expect, it } from 'vitest';
import { createFormat } from '../../ui/useFormat';
import { LANGUAGE_OPTIONS_EN_GB } from './languageOptionsEnGb';
import { buildLanguageOptions } from './vocabOptions';

describe('LANGUAGE_OPTIONS_EN_GB', () => {
  it('lists every spoken language as the browser names and sorts them for an English page in en-GB', () => {
    expect(LANGUAGE_OPTIONS_EN_GB).toEqual(buildLanguageOptions(createFormat('en-GB'), 'en'));
  });
});
