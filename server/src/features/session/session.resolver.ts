import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { clearedSessionCookieHeader } from './session-cookie.js';
import { Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { Session } from './session.entity.js';
import { revokeOwnSession } from './session.commands.js';
import { liveSessions } from './session.service.js';

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
    const current = await revokeOwnSession(commandDeps(ctx), parseUuid(id, 'id'));
    // Ending the session this browser uses is signing out: the cookie goes too.
    if (current) ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
    return true;
  }

  @FieldResolver(() => Boolean, { description: 'The session this request came with' })
  current(@Root() session: Session, @Ctx() { viewer }: Context): boolean {
    return isMember(viewer) && viewer.sessionId === session.id;
  }
}
