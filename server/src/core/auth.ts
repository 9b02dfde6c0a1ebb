import { timingSafeEqual, createHash } from 'node:crypto';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { Forbidden, Unauthenticated } from './errors.js';

/**
 * Who is asking. Until member accounts exist there are only anonymous visitors and the operator,
 * who proves themselves with the OPERATOR_TOKEN bearer token and may edit directory records.
 */
export type Viewer = { kind: 'anonymous' } | { kind: 'operator' };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function viewerFromAuthorization(header: string | undefined, operatorToken: string | null): Viewer {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!operatorToken || !match?.[1]) return ANONYMOUS;
  return sameSecret(match[1], operatorToken) ? { kind: 'operator' } : ANONYMOUS;
}

/** Compares digests so neither the length nor the content of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export const ROLE_OPERATOR = 'OPERATOR';

/**
 * `@Authorized()` means signed in; `@Authorized(ROLE_OPERATOR)` means the operator. Throws our own typed
 * errors so the client sees UNAUTHENTICATED (sign in) apart from FORBIDDEN (signed in, not allowed).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (context.viewer.kind === 'anonymous') throw new Unauthenticated();
  if (roles.length > 0 && !(roles.includes(ROLE_OPERATOR) && context.viewer.kind === 'operator')) throw new Forbidden();
  return true;
};
