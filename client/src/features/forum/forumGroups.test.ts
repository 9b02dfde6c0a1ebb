import { describe, expect, it } from 'vitest';
import { groupForums } from './forumGroups';

describe('groupForums', () => {
  it('puts regional forums first, then national ones by country, then local ones, leaving out empty sections', () => {
    const groups = groupForums([
      { id: 'lv', level: 'NATIONAL', countryCode: 'LV' },
      { id: 'riga', level: 'LOCAL', countryCode: 'LV' },
      { id: 'bsr', level: 'REGIONAL', countryCode: null },
      { id: 'pl', level: 'NATIONAL', countryCode: 'PL' },
      { id: 'lv-2', level: 'NATIONAL', countryCode: 'LV' },
    ]);
    expect(groups.map((g) => [g.key, g.forums.map((f) => f.id)])).toEqual([
      ['regional', ['bsr']],
      ['national-LV', ['lv', 'lv-2']],
      ['national-PL', ['pl']],
      ['local', ['riga']],
    ]);
    expect(groupForums([{ id: 'pl', level: 'NATIONAL', countryCode: 'PL' }]).map((g) => g.key)).toEqual(['national-PL']);
  });
});
