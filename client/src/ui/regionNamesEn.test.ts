import { describe, expect, it } from 'vitest';
import { REGION_NAMES_EN } from './regionNamesEn';

describe('REGION_NAMES_EN', () => {
  it('names each country as Intl.DisplayNames does in English', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const [code, name] of Object.entries(REGION_NAMES_EN)) expect(name, code).toBe(names.of(code));
  });
});
