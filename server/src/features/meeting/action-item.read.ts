import DataLoader from 'dataloader';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { isAdmin, isNetworkModerator } from '../user/user.policy.js';
import type { MeetingActionItem } from './action-item.types.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { jsonOf, loadParts } from './outcome.read.js';

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

const ITEM_JSON = `json_build_object('id', a.id, 'meetingId', a.meeting_id, 'meetingTitle', im.title, 'text', a.text,
  'ownerId', a.owner_id, 'ownerName', coalesce(x.full_name, 'A member'), 'dueOn', to_char(a.due_on, 'YYYY-MM-DD'),
  'status', a.status, 'createdAt', a.created_at,
  'hostIds', array(select h.user_id::text from meeting_host h where h.meeting_id = a.meeting_id))`;
const JOINS = `join meeting im on im.id = a.meeting_id left join app_user u on u.id = a.owner_id left join expert x on x.id = u.expert_id`;

/** Action items agreed in meeting `m`, oldest first, as one JSON value. */
export const ACTION_ITEMS_SQL = `select coalesce(json_agg(${ITEM_JSON} order by a.created_at, a.id), '[]'::json)
  from meeting_action_item a ${JOINS} where a.meeting_id = m.id`;

/**
 * Open action items of the earlier meetings of `m`'s series (the chain of `follows`), earliest due first: they
 * appear on every later meeting of the series until someone marks them done.
 */
export const CARRIED_ACTION_ITEMS_SQL = `with recursive earlier (meeting_id, depth) as (
    select m.follows_id, 1 where m.follows_id is not null
    union all
    select e2.follows_id, e.depth + 1 from earlier e join meeting e2 on e2.id = e.meeting_id where e2.follows_id is not null and e.depth < 50)
  select coalesce(json_agg(${ITEM_JSON} order by a.due_on nulls last, a.created_at, a.id), '[]'::json)
    from meeting_action_item a ${JOINS} where a.status = 'OPEN' and a.meeting_id in (select meeting_id from earlier)`;

registerLiveStatePart({ key: 'actionItems', sql: ACTION_ITEMS_SQL });

export function actionItemRows(json: unknown): ActionItemRow[] {
  return jsonOf<(Omit<ActionItemRow, 'createdAt'> & { createdAt: string })[]>(json).map((item) => ({
    ...item,
    createdAt: new Date(item.createdAt),
  }));
}

/** Action items agreed in every meeting a page shows, in one statement. */
export function createActionItemsLoader(em: Em): DataLoader<MeetingListKey, ActionItemRow[], string> {
  return new DataLoader((keys) => loadParts(em, keys, ACTION_ITEMS_SQL, [], actionItemRows, []), { cacheKeyFn: (key) => key.meetingId });
}

/** Carried action items of every meeting a page shows, in one statement. */
export function createCarriedActionItemsLoader(em: Em): DataLoader<MeetingListKey, ActionItemRow[], string> {
  return new DataLoader((keys) => loadParts(em, keys, CARRIED_ACTION_ITEMS_SQL, [], actionItemRows, []), {
    cacheKeyFn: (key) => key.meetingId,
  });
}

/** The item as `viewer` sees it: whether they may mark it done (its owner, the hosts of its meeting: `hosts` in meeting-access.ts). */
export function toActionItem(viewer: Viewer, { hostIds, ...row }: ActionItemRow): MeetingActionItem {
  const may =
    isMember(viewer) && (row.ownerId === viewer.userId || isAdmin(viewer) || isNetworkModerator(viewer) || hostIds.includes(viewer.userId));
  return { ...row, viewerCanUpdate: may };
}

/** The same from the live state's reader (who hosts the meeting the items were agreed in). */
export function toLiveActionItem(viewerId: string | null, viewerHosts: boolean, { hostIds: _, ...row }: ActionItemRow): MeetingActionItem {
  return { ...row, viewerCanUpdate: viewerHosts || (viewerId !== null && row.ownerId === viewerId) };
}
