import type { Role } from './authorization-matrix.cases.js';

// The viewers every feature's rows of the authorization matrix are written against, in one place (a feature's
// cases file imports only types from authorization-matrix.cases.ts, which imports the cases files).

/** Every viewer the matrix asks as. */
export const EVERYONE: Role[] = [
  'anonymous',
  'memberA',
  'memberB',
  'moderator',
  'coordinatorA',
  'coordinatorB',
  'admin',
  'suspended',
  'coordinatorWithoutTwoFactor',
  'adminWithoutTwoFactor',
];

/** Viewers with a live membership: everyone but the signed-out and the suspended. */
export const MEMBERS: Role[] = EVERYONE.filter((role) => role !== 'anonymous' && role !== 'suspended');

/** A check on what an allowed viewer got: throws `message` unless `condition` holds. */
export function expectTrue(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}
