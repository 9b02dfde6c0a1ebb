import { Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import type { Topics } from '../../core/pubsub.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { NetworkActivity } from './network-activity.entity.js';
import { findActivity } from './network-activity.service.js';

export const NetworkActivityConnection = ConnectionType('NetworkActivity', NetworkActivity);

@Resolver(() => NetworkActivity)
export class NetworkActivityResolver {
  @Query(() => NetworkActivityConnection, { description: 'What changed in the network, newest first' })
  networkActivity(@Ctx() { em }: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return findActivity(em, page);
  }

  @Subscription(() => NetworkActivity, {
    name: 'networkActivity',
    description: 'Each new entry of the network activity feed',
    subscribe: ({ context }) => (context as Context).events.subscribe('NETWORK_ACTIVITY'),
  })
  async networkActivityAdded(@Root() event: Topics['NETWORK_ACTIVITY'], @Ctx() ctx: Context): Promise<NetworkActivity> {
    // The subscriber's context lives as long as the socket: re-read through a fresh fork so no state goes stale.
    return ctx.freshEm().findOneOrFail(NetworkActivity, { id: event.activityId });
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() activity: NetworkActivity): Promise<Organisation | null> | null {
    return activity.organisation?.load() ?? null;
  }

  @FieldResolver(() => Expert, { nullable: true })
  expert(@Root() activity: NetworkActivity): Promise<Expert | null> | null {
    return activity.expert?.load() ?? null;
  }
}
