import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ConnectionArgs, ConnectionType, type Edge } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { enterEventScope, type LiveEvent } from '../../core/live/live-hub.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { Expert } from '../expert/expert.entity.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationAbilities } from '../organisation/organisation.policy.js';
import { ActivityThread } from './activity-thread.type.js';
import { NetworkActivity } from './network-activity.entity.js';
import { canSeeActivity } from './network-activity.policy.js';
import { activityCursor } from './network-activity.live.js';
import { findActivity } from './network-activity.service.js';
import { activityStream } from './network-activity.stream.js';

export const NetworkActivityConnection = ConnectionType('NetworkActivity', NetworkActivity);

@Resolver(() => NetworkActivity)
export class NetworkActivityResolver {
  @Query(() => NetworkActivityConnection, { description: 'What changed in the network, newest first' })
  networkActivity(@Ctx() { em, viewer }: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return findActivity(em, viewer, page);
  }

  @Subscription(() => NetworkActivityConnection.Edge, {
    name: 'networkActivity',
    description:
      'Each new entry of the network activity feed, with its cursor. A client that reconnects passes the last cursor ' +
      'it received as `after`: it first gets every entry it missed, oldest first, then the live ones, each once.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => {
      // Checked here, not in the stream, so a forged cursor is a BAD_USER_INPUT answer and not a broken socket.
      const after = args.after ? (decodeStreamCursor(args.after), args.after) : null;
      return activityStream(context, after);
    },
  })
  networkActivityAdded(
    @Root() event: LiveEvent<NetworkActivity>,
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last entry received' }) _after?: string,
  ): Edge<NetworkActivity> {
    enterEventScope(ctx, event.scope);
    return { cursor: activityCursor(event.value), node: event.value };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Null when the organisation is not listed for you' })
  async organisation(@Root() activity: NetworkActivity, @Ctx() { viewer }: Context): Promise<Organisation | null> {
    const organisation = (await activity.organisation?.load()) ?? null;
    return organisation && organisationAbilities.can(viewer, 'see', organisation) ? organisation : null;
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Null for anonymous visitors' })
  expert(@Root() activity: NetworkActivity, @Ctx() { viewer }: Context): Promise<Expert | null> | null {
    return directoryAbilities.can(viewer, 'seeExperts') ? (activity.expert?.load() ?? null) : null;
  }

  @FieldResolver(() => ActivityThread, { nullable: true, description: 'The new thread (THREAD_CREATED entries)' })
  async thread(@Root() activity: NetworkActivity, @Ctx() { viewer }: Context): Promise<ActivityThread | null> {
    const thread = (await activity.thread?.load()) ?? null;
    if (!thread) return null;
    const forum = await thread.forum.load();
    if (!forum || !canSeeActivity(viewer, activity)) return null;
    return { id: thread.id, title: thread.title, forumSlug: forum.slug, forumTitle: forum.title };
  }
}
