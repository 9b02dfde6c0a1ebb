import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import { viewerIdParam } from './meeting-access.js';
import { registerLiveStatePart, viewerParam } from './meeting-live-state.parts.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { jsonOf, loadParts } from './outcome.read.js';
import type { MeetingPoll } from './poll.types.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingPolls: DataLoader<MeetingListKey, MeetingPoll[], string>;
  }
}

/**
 * The polls of meeting `m` as one JSON value (bind the viewer's id): counts per option, the viewer's own ballot
 * and, for named polls only, who chose what (an anonymous poll's voters are never selected, for anyone).
 */
export const POLLS_SQL = `select coalesce(json_agg(json_build_object('id', p.id, 'meetingId', p.meeting_id, 'question', p.question,
    'multiple', p.multiple, 'anonymous', p.anonymous, 'status', p.status, 'createdAt', p.created_at,
    'voterCount', (select count(distinct v.user_id) from meeting_poll_vote v where v.poll_id = p.id),
    'options', coalesce((select json_agg(json_build_object('id', o.id, 'label', o.label,
        'votes', (select count(*) from meeting_poll_vote v where v.option_id = o.id)) order by o.position)
      from meeting_poll_option o where o.poll_id = p.id), '[]'::json),
    'viewerChoice', array(select v.option_id::text from meeting_poll_vote v where v.poll_id = p.id and v.user_id = ?::uuid),
    'voters', case when p.anonymous then '[]'::json else coalesce((
      select json_agg(json_build_object('userId', b.user_id, 'name', coalesce(x.full_name, 'A member'), 'optionIds', b.option_ids)
               order by x.full_name, b.user_id)
        from (select v.user_id, array_agg(v.option_id::text) as option_ids from meeting_poll_vote v where v.poll_id = p.id group by v.user_id) b
        join app_user u on u.id = b.user_id left join expert x on x.id = u.expert_id), '[]'::json) end)
    order by p.created_at, p.id), '[]'::json)
  from meeting_poll p where p.meeting_id = m.id`;

registerLiveStatePart({ key: 'polls', sql: POLLS_SQL, params: viewerParam });

/** The JSON as GraphQL objects, drafts only for hosts. SQL-free. */
export function pollsOf(json: unknown, viewerHosts: boolean): MeetingPoll[] {
  const polls = jsonOf<(Omit<MeetingPoll, 'createdAt'> & { createdAt: string })[]>(json).map((poll) => ({
    ...poll,
    createdAt: new Date(poll.createdAt),
  }));
  return viewerHosts ? polls : polls.filter((poll) => poll.status !== 'DRAFT');
}

/** The polls of every meeting a page shows, in one statement (drafts included: `pollsOf` filters). */
export function createPollsLoader(em: Em): DataLoader<MeetingListKey, MeetingPoll[], string> {
  return new DataLoader((keys) => loadParts(em, keys, POLLS_SQL, [viewerIdParam(keys[0]!.viewer)], (json) => pollsOf(json, true), []), {
    cacheKeyFn: (key) => key.meetingId,
  });
}
