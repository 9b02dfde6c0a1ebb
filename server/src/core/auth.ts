import type { AuthChecker } from 'type-graphql';
import type { AccountRole } from '@strom/shared';
import type { Context } from './context.js';
import { Forbidden, Unauthenticated } from './errors.js';

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
  totpEnabled: boolean;
  /** Organisations this member edits. */
  editorOf: string[];
  /** When the session ends unless it is used again (epoch ms): open sockets close then. Unset right after sign-in. */
  sessionEndsAt?: number;
}

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

export function isMember(viewer: Viewer): viewer is MemberViewer {
  return viewer.kind === 'member';
}

/**
 * `@Authorized()` means signed in; `@Authorized('ADMIN', …)` names the network roles allowed. Throws our own
 * typed errors so the client tells "sign in" (UNAUTHENTICATED) apart from "not allowed" (FORBIDDEN).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const { viewer } = context;
  if (!isMember(viewer)) throw new Unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.networkRole)) throw new Forbidden();
  return true;
};
