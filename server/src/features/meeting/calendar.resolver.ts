import { Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { calendarFeedCreatedAt, createCalendarFeed, feedPath, revokeCalendarFeed } from './calendar-feed.commands.js';

@ObjectType({ description: 'Your private calendar feed address: shown once, when made; keep it like a password' })
export class CalendarFeedLink {
  @Field(() => String, { description: 'Subscribe to this address in Outlook, Google Calendar or Apple Calendar' })
  url!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => Date, { nullable: true, description: 'When your current calendar feed address was made; null without one' })
  async calendarFeedCreatedAt(@Ctx() { em, viewer }: Context): Promise<Date | null> {
    return isMember(viewer) ? calendarFeedCreatedAt(em, viewer.userId) : null;
  }

  @Authorized()
  @Mutation(() => CalendarFeedLink, { description: 'A new private feed address; the previous one stops working' })
  async createCalendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedLink> {
    const { token, createdAt } = await createCalendarFeed(commandDeps(ctx));
    return { url: `${ctx.services.config.publicUrl}${feedPath(token)}`, createdAt };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Turns your calendar feed address off' })
  revokeCalendarFeed(@Ctx() ctx: Context): Promise<boolean> {
    return revokeCalendarFeed(commandDeps(ctx));
  }
}
