import { isMember, type MemberViewer } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { firstTimeFilter } from '../../core/live/first-time.js';
import { closingWith, type Inbox } from '../../core/live/inbox.js';
import { defineLiveFeed, type LiveEvent } from '../../core/live/live-hub.js';
import { decodeStreamCursor } from '../../core/live/stream-cursor.js';
import { NOTIFICATION_COLUMNS, rowPosition, rowRef, toEdge, type NotificationRow } from './notification-rows.js';
import { notificationChannel } from './notification.live.js';
import { rowsAfter } from './notification.read.js';
import type { NotificationEdge } from './notification.types.js';

const CATCH_UP_PAGE = 100;
/** An event's notification, read once per event and process (the recipient's tabs share it). */
const notificationFeed = defineLiveFeed<{ notificationId: string }, NotificationRow>('notification', async ({ notificationId }, { em }) => {
  const [row] = await em.execute<NotificationRow[]>(`select ${NOTIFICATION_COLUMNS} where n.id = ?`, [notificationId]);
  return row ?? null;
});

/**
 * The recipient's new notifications: with a cursor, first every one after it (oldest first), then the live ones,
 * each once. Every event is checked against the viewer of the moment (`ctx.viewer` follows the session): it must
 * be theirs, and its subject one they may still see, asked of the subject's source as the list does.
 */
export function notificationStream(ctx: Context, recipient: MemberViewer, after: string | null): AsyncGenerator<NotificationEdge> {
  const live = ctx.services.live.subscribe(notificationChannel(recipient.userId), notificationFeed);
  return closingWith(follow(ctx, recipient.userId, live, after), live);
}

async function* follow(ctx: Context, userId: string, live: Inbox<LiveEvent<NotificationRow>>, after: string | null) {
  try {
    // Each notification once: a replayed one may still arrive live, and an event may be published twice.
    const firstTime = firstTimeFilter();
    if (after) {
      let position = decodeStreamCursor(after);
      for (;;) {
        const scope = ctx.services.live.scope();
        const rows = await rowsAfter(scope.em, userId, position, CATCH_UP_PAGE);
        yield* visible(
          ctx,
          userId,
          rows.filter((row) => firstTime(row.id)),
          scope.em,
        );
        const last = rows.at(-1);
        if (!last || rows.length < CATCH_UP_PAGE) break;
        position = rowPosition(last);
      }
    }
    for await (const event of live) {
      if (!firstTime(event.value.id)) continue;
      yield* visible(ctx, userId, [event.value], event.scope.em);
    }
  } finally {
    await live.return();
  }
}

/** The rows the subscriber may see now: still the recipient, and the subjects still visible to them. */
async function* visible(ctx: Context, userId: string, rows: readonly NotificationRow[], em: Context['em']) {
  const viewer = ctx.viewer;
  if (!isMember(viewer) || viewer.userId !== userId || rows.length === 0) return;
  const summaries = await ctx.services.subjects.summarise(em, viewer, rows.map(rowRef));
  for (const row of rows) {
    const edge = row.recipient_id === userId ? toEdge(row, summaries) : null;
    if (edge) yield edge;
  }
}
