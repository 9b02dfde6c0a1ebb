import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { MemberViewer } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { NotFound } from '../../core/errors.js';
import { markAllNotificationsRead, markNotificationRead } from './notification.commands.js';
import { NotificationsArgs, UpdateNotificationPreferencesInput } from './notification.inputs.js';
import { notificationAbilities } from './notification.policy.js';
import { readNotificationPreferences, updateNotificationPreferences } from './notification-preferences.js';
import { countUnread, findNotification, findNotifications } from './notification.read.js';
import { notificationStream } from './notification.stream.js';
import { NotificationConnection, NotificationEdge, NotificationNode, NotificationPreferences } from './notification.types.js';

/** The signed-in recipient; the table refuses everyone else before anything is read. */
function recipient(ctx: Context, action: 'readOwn' | 'manageOwn'): MemberViewer {
  notificationAbilities.authorize(ctx.viewer, action);
  return ctx.viewer as MemberViewer;
}

@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  notifications(@Ctx() ctx: Context, @Args(() => NotificationsArgs) args: NotificationsArgs): Promise<NotificationConnection> {
    return findNotifications(ctx.em, ctx.services.subjects, recipient(ctx, 'readOwn'), args);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your notifications are unread (about things you may still see)' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return countUnread(ctx.em, ctx.services.subjects, recipient(ctx, 'readOwn'));
  }

  @Authorized()
  @Query(() => NotificationPreferences, { description: 'Which notifications you get by e-mail' })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferences> {
    return readNotificationPreferences(ctx.em, recipient(ctx, 'readOwn').userId);
  }

  @Authorized()
  @Mutation(() => NotificationNode, { description: 'Mark one of your notifications read' })
  async markNotificationRead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<NotificationNode> {
    const viewer = recipient(ctx, 'manageOwn');
    await markNotificationRead(commandDeps(ctx), id);
    const edge = await findNotification(ctx.em, ctx.services.subjects, viewer, id.toLowerCase());
    if (!edge) throw new NotFound('Notification');
    return edge.node;
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Mark your notifications read up to the newest you were shown; returns your unread count then' })
  async markAllNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('upTo', () => String, { nullable: true, description: 'The cursor of the newest notification shown; omitted: all until now' })
    upTo?: string | null,
  ): Promise<number> {
    const viewer = recipient(ctx, 'manageOwn');
    await markAllNotificationsRead(commandDeps(ctx), upTo ?? null);
    return countUnread(ctx.em, ctx.services.subjects, viewer);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences, { description: 'Choose which notifications you get by e-mail' })
  updateNotificationPreferences(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    recipient(ctx, 'manageOwn');
    return updateNotificationPreferences(commandDeps(ctx), input);
  }

  @Subscription(() => NotificationEdge, {
    name: 'notificationAdded',
    description:
      'Each of your new notifications, with its cursor. A client that reconnects passes the last cursor it holds as ' +
      '`after`: it first gets every notification it missed, oldest first, then the live ones, each once.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => {
      // Checked here, not in the stream, so a refusal or a forged cursor is an error answer and not a broken socket.
      const viewer = recipient(context, 'readOwn');
      const after = args.after ? (decodeStreamCursor(args.after), args.after) : null;
      return notificationStream(context, viewer, after);
    },
  })
  notificationAdded(
    @Root() edge: NotificationEdge,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last notification received' }) _after?: string,
  ): NotificationEdge {
    return edge;
  }
}
