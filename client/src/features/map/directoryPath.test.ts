import { describe, expect, it } from 'vitest';
import { directoryPath } from './directoryPath';

describe('directoryPath', () => {
  it('opens the expert directory for members and the organisations for visitors', () => {
    expect(directoryPath(true, 'LT', 'a1b2')).toBe('/experts?country=LT&municipality=a1b2');
    expect(directoryPath(false, 'LT', 'a1b2')).toBe('/organisations?country=LT&municipality=a1b2');
  });
});
