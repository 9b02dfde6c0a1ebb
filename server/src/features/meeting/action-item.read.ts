import DataLoader from 'dataloader';
import type { Viewer } from '../../core/auth.js';
import { isMember } from '../../core/auth.js';
import { isAdmin, isNetworkModerator } from '../user/user.policy.js';
import type { Em } from '../../db/orm.js';
import type { MeetingActionItem } from './action-item.types.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { groupByMeeting, meetingIdsParam, toDate } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingActionItems: DataLoader<MeetingListKey, ActionItemRow[], string>;
    carriedActionItems: DataLoader<MeetingListKey, ActionItemRow[], string>;
  }
}

export interface ActionItemRow extends Omit<MeetingActionItem, 'viewerCanUpdate'> {
  /** The hosts of the meeting it was agreed in: they (and its owner) may update it. */
  hostIds: string[];
}

const COLUMNS = `a.id, a.meeting_id as "meetingId", im.title as "meetingTitle", a.text, a.owner_id as "ownerId",
  coalesce(x.full_name, 'A member') as "ownerName", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn", a.status, a.created_at as "createdAt",
  array(select h.user_id::text from meeting_host h where h.meeting_id = a.meeting_id) as "hostIds"`;
const JOINS = `join meeting im on im.id = a.meeting_id left join app_user u on u.id = a.owner_id left join expert x on x.id = u.expert_id`;

/** Action items agreed in every meeting a page shows, in one statement. */
export function createActionItemsLoader(em: Em): DataLoader<MeetingListKey, ActionItemRow[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<ActionItemRow[]>(
        `select ${COLUMNS} from meeting_action_item a ${JOINS} where a.meeting_id = any(?::uuid[]) order by a.created_at, a.id`,
        [meetingIdsParam(keys)],
      );
      return groupByMeeting(keys, rows.map(withDate));
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

/**
 * Open action items of the earlier meetings of each meeting's series (the chain of `follows`), oldest first, in one
 * statement: they appear on every later meeting of the series until someone marks them done.
 */
export function createCarriedActionItemsLoader(em: Em): DataLoader<MeetingListKey, ActionItemRow[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<(ActionItemRow & { forMeetingId: string })[]>(
        `with recursive earlier (for_meeting_id, meeting_id, depth) as (
           select m.id, m.follows_id, 1 from meeting m where m.id = any(?::uuid[]) and m.follows_id is not null
           union all
           select e.for_meeting_id, m.follows_id, e.depth + 1 from earlier e join meeting m on m.id = e.meeting_id
            where m.follows_id is not null and e.depth < 50)
         select e.for_meeting_id as "forMeetingId", ${COLUMNS}
           from earlier e join meeting_action_item a on a.meeting_id = e.meeting_id ${JOINS}
          where a.status = 'OPEN' and e.meeting_id <> e.for_meeting_id
          order by a.due_on nulls last, a.created_at, a.id`,
        [meetingIdsParam(keys)],
      );
      const byTarget = rows.map(({ forMeetingId, ...row }) => ({ ...withDate(row), meetingId: forMeetingId, sourceId: row.meetingId }));
      return groupByMeeting(keys, byTarget).map((items) => items.map(({ sourceId, ...item }) => ({ ...item, meetingId: sourceId })));
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

const withDate = <T extends { createdAt: Date }>(row: T): T => ({ ...row, createdAt: toDate(row.createdAt) });

/** The item as `viewer` sees it: whether they may mark it done (its owner, the hosts of its meeting). */
export function toActionItem(viewer: Viewer, { hostIds, ...row }: ActionItemRow): MeetingActionItem {
  // The same people as `hosts` in meeting-access.ts, for the meeting the item was agreed in.
  const may = isMember(viewer) && (row.ownerId === viewer.userId || isAdmin(viewer) || isNetworkModerator(viewer) || hostIds.includes(viewer.userId));
  return { ...row, viewerCanUpdate: may };
}
