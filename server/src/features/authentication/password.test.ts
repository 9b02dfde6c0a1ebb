import { describe, expect, it } from 'vitest';
import { BadUserInput } from '../../core/errors.js';
import { checkNewPassword, hashPassword, passwordMatches } from './password.js';

describe('password hashing', () => {
  it('stores argon2id with at least 19 MiB and 2 passes (read back from the stored hash)', async () => {
    const stored = await hashPassword('a-perfectly-good-passphrase');
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
    expect(match).not.toBeNull();
    const [, memoryKiB, passes] = match!.map(Number);
    expect(memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(await passwordMatches(stored, 'a-perfectly-good-passphrase')).toBe(true);
    expect(await passwordMatches(stored, 'a-perfectly-good-passphras')).toBe(false);
    expect(await passwordMatches(null, 'anything')).toBe(false);
  });

  it.each([
    ['short-pass', 'The password must be at least 12 characters'],
    ['password1234', 'This password is too common'],
    ['aaaaaaaaaaaaaaaa', 'This password is too common'],
    ['jana.ozola-2026-secret', 'must not contain your email address'],
  ])('refuses %s as a new password', (password, message) => {
    expect(() => checkNewPassword(password, 'jana.ozola@example.org', 'newPassword')).toThrow(BadUserInput);
    expect(() => checkNewPassword(password, 'jana.ozola@example.org', 'newPassword')).toThrow(message);
  });

  it('accepts a long, uncommon passphrase', () => {
    expect(() => checkNewPassword('birch-harbour-lantern-47', 'jana.ozola@example.org', 'newPassword')).not.toThrow();
  });
});
