import { Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import type { Topics } from '../../core/pubsub.js';
import { Expert } from '../expert/expert.entity.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationAbilities } from '../organisation/organisation.policy.js';
import { NetworkActivity } from './network-activity.entity.js';
import { findActivity } from './network-activity.service.js';

export const NetworkActivityConnection = ConnectionType('NetworkActivity', NetworkActivity);

@Resolver(() => NetworkActivity)
export class NetworkActivityResolver {
  @Query(() => NetworkActivityConnection, { description: 'What changed in the network, newest first' })
  networkActivity(@Ctx() { em, viewer }: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return findActivity(em, viewer, page);
  }

  @Subscription(() => NetworkActivity, {
    name: 'networkActivity',
    description: 'Each new entry of the network activity feed',
    subscribe: ({ context }) => visibleEvents(context as Context),
  })
  async networkActivityAdded(@Root() event: Topics['NETWORK_ACTIVITY'], @Ctx() ctx: Context): Promise<NetworkActivity> {
    // The subscriber's context lives as long as the socket: re-read through a fresh fork so no state goes stale.
    return ctx.freshEm().findOneOrFail(NetworkActivity, { id: event.activityId });
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
}

/** Anonymous subscribers get only entries about publicly listed organisations, decided from the event's own facts. */
async function* visibleEvents(ctx: Context): AsyncGenerator<Topics['NETWORK_ACTIVITY']> {
  for await (const event of ctx.events.subscribe('NETWORK_ACTIVITY')) {
    if (isMember(ctx.viewer) || event.publiclyListed) yield event;
  }
}
