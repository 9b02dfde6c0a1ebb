import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { audit } from '../audit/audit.service.js';
import { clearedSessionCookieHeader } from './session-cookie.js';
import { Session } from './session.entity.js';
import { liveSessions, revokeSessions } from './session.service.js';

/** "Your sessions": the devices a member is signed in on, and ending any of them. */
@Resolver(() => Session)
export class SessionResolver {
  @Authorized()
  @Query(() => [Session], { description: 'Your live sessions, most recently used first' })
  mySessions(@Ctx() { em, viewer }: Context): Promise<Session[]> {
    if (!isMember(viewer)) throw new Unauthenticated();
    return liveSessions(em, viewer.userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends one of your sessions; its live connections close at once' })
  async revokeSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    await revokeOwnSession(ctx, parseUuid(id, 'id'));
    return true;
  }

  @FieldResolver(() => Boolean, { description: 'The session this request came with' })
  current(@Root() session: Session, @Ctx() { viewer }: Context): boolean {
    return isMember(viewer) && viewer.sessionId === session.id;
  }
}

/**
 * Only the member's own sessions can be found this way: someone else's id is NOT_FOUND, exactly like an
 * unknown one, so ids cannot be probed. (It belongs in session.service.ts, which another change owns.)
 */
async function revokeOwnSession(ctx: Context, sessionId: string): Promise<void> {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  const { userId } = ctx.viewer;
  const current = sessionId === ctx.viewer.sessionId;
  const revoked = await ctx.em.transactional(async (em) => {
    const ids = await revokeSessions(em, { userId, sessionId });
    if (ids.length === 0) throw new NotFound('The session');
    // The session id itself stays out of the log: it would help whoever reads the log to hijack it.
    await audit(em, { action: 'SESSION_REVOKED', actorId: userId, subjectType: 'user', subjectId: userId, details: { current } });
    return ids;
  });
  ctx.events.publish('SESSIONS_REVOKED', { sessionIds: revoked });
  // Ending the session this browser uses is signing out: the cookie goes too.
  if (current) ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
}
