import type { AuthChecker } from 'type-graphql';
import type { AccountRole } from '@strom/shared';
import type { Context } from './context.js';
import { Unauthenticated } from './errors.js';

/** Who is asking: an anonymous visitor, or a signed-in member (from the session cookie, on HTTP and WebSocket). */
export type Viewer = AnonymousViewer | MemberViewer;

export interface AnonymousViewer {
  kind: 'anonymous';
}

export interface MemberViewer {
  kind: 'member';
  userId: string;
  sessionId: string;
  networkRole: AccountRole;
  countryCode: string;
  /** Countries this member coordinates (COORDINATOR only). */
  coordinatorOf: string[];
  expertId: string | null;
  /** Where the member's profile says they work (null for national and regional experts): SCOPE forums use it. */
  municipalityId: string | null;
  totpEnabled: boolean;
  /** Organisations this member edits. */
  editorOf: string[];
  /**
   * The account's e-mail, read with the session (and at sign-in): `{ viewer }` needs no second statement.
   * Unset on viewers built for other members (whom a post may mention, whom a notice reaches).
   */
  email?: string;
  /** The member's own profile name, read with the session: the app shell shows it on every page. Unset like `email`. */
  expertName?: string | null;
  /** When the session ends unless it is used again (epoch ms): open sockets close then. Unset right after sign-in. */
  sessionEndsAt?: number;
}

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

export function isMember(viewer: Viewer): viewer is MemberViewer {
  return viewer.kind === 'member';
}

/**
 * `@Authorized()` means signed in, nothing more: what a member may do is in their feature's table of abilities
 * (core/ability.ts), which the resolver or command asks. Throws our own typed error so the client tells
 * "sign in" (UNAUTHENTICATED) apart from "not allowed" (FORBIDDEN, from the tables).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  // A programming error, caught by the first test that reaches the field: roles belong in the tables.
  if (roles.length > 0) throw new Error('@Authorized() takes no roles: declare them in the feature’s table of abilities');
  if (!isMember(context.viewer)) throw new Unauthenticated();
  return true;
};
