import { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from '@strom/shared';

import { hash, verify } from '@node-rs/argon2';
import { BadUserInput } from '../../core/errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

/** argon2id above OWASP's minimum (19 MiB, t=2): 64 MiB, 3 passes. The parameters live in each stored hash. */
const ARGON2 = { algorithm: 2, memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function passwordMatches(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    // Spend the same time as a real check, so timing does not reveal whether the account exists.
    await hash(password, ARGON2);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** A new password: long enough, not absurdly long, not a well-known one, not the email address. */
export function checkNewPassword(password: string, email: string | null, field: string): void {
  const fail = (message: string) => {
    throw BadUserInput.field(field, message);
  };
  if (password.length < PASSWORD_MIN_LENGTH) fail(`The password must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) fail(`The password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const normalised = password.toLowerCase();
  if (COMMON_PASSWORDS.has(normalised) || /^(.)\1+$/.test(password)) fail('This password is too common; choose another');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && normalised.includes(localPart)) fail('The password must not contain your email address');
}
