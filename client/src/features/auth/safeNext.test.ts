import { describe, expect, it } from 'vitest';
import { safeNext, signInPath } from './safeNext';

describe('safeNext', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeNext('/experts?country=LV#top')).toBe('/experts?country=LV#top');
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/path'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab that the URL parser strips', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'experts'],
    ['the sign-in page itself', '/sign-in?next=/account'],
    ['nothing', null],
  ])('falls back to the home page for %s', (_case, next) => {
    expect(safeNext(next)).toBe('/');
  });
});

describe('signInPath', () => {
  it('asks to come back to the page', () => {
    expect(signInPath('/experts?country=LV')).toBe('/sign-in?next=%2Fexperts%3Fcountry%3DLV');
  });

  it('does not ask to come back to the home page or the sign-in page', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/sign-in')).toBe('/sign-in');
  });
});
