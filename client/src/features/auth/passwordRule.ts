import { PASSWORD_MIN_LENGTH } from '@strom/shared';

// The server has the last word (it also refuses common passwords); the client only guides.

export type PasswordProblem = 'tooShort' | 'mismatch';

export function passwordProblem(
  password: string,
  confirmation: string,
): { field: 'password' | 'confirmation'; problem: PasswordProblem } | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { field: 'password', problem: 'tooShort' };
  if (password !== confirmation) return { field: 'confirmation', problem: 'mismatch' };
  return null;
}
