import { describe, expect, it } from 'vitest';
import { forumDraftProblems, slugFromTitle } from './forumDraft';

describe('forum draft', () => {
  it('suggests an ASCII address from the title', () => {
    expect(slugFromTitle('Joint referral: Rīga, Jelgava & Liepāja!')).toBe('joint-referral-riga-jelgava-liepaja');
    expect(slugFromTitle('  ---  ')).toBe('');
  });

  it('asks for the country of national and local forums and the municipality of local ones', () => {
    const draft = { title: 'Riga working group', slug: 'riga-group', level: 'LOCAL' as const, countryCode: '', municipalityId: '' };
    expect(forumDraftProblems(draft)).toEqual({ countryCode: 'countryMissing', municipalityId: 'municipalityMissing' });
    expect(forumDraftProblems({ ...draft, level: 'REGIONAL' })).toEqual({});
    expect(forumDraftProblems({ ...draft, title: ' ', slug: 'Not A Slug', level: 'NATIONAL', countryCode: 'LV' })).toEqual({
      title: 'titleMissing',
      slug: 'slugInvalid',
    });
  });
});
