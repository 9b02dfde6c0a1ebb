import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import { viewerIdParam } from './meeting-access.js';
import type { MeetingListKey } from './meeting.loaders.js';
import type { MeetingPoll } from './poll.types.js';
import { groupByMeeting, meetingIdsParam } from './outcome.read.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingPolls: DataLoader<MeetingListKey, MeetingPoll[], string>;
  }
}

/**
 * The polls of every meeting a page shows, in one statement: counts per option, the viewer's own ballot and, for
 * named polls only, who chose what (an anonymous poll's voters are never selected).
 */
export function createPollsLoader(em: Em): DataLoader<MeetingListKey, MeetingPoll[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<(MeetingPoll & { options: unknown; voters: unknown })[]>(
        `select p.id, p.meeting_id as "meetingId", p.question, p.multiple, p.anonymous, p.status, p.created_at as "createdAt",
                (select count(distinct v.user_id)::int from meeting_poll_vote v where v.poll_id = p.id) as "voterCount",
                coalesce((select json_agg(json_build_object('id', o.id, 'label', o.label,
                    'votes', (select count(*) from meeting_poll_vote v where v.option_id = o.id)) order by o.position)
                  from meeting_poll_option o where o.poll_id = p.id), '[]') as options,
                array(select v.option_id::text from meeting_poll_vote v where v.poll_id = p.id and v.user_id = ?::uuid) as "viewerChoice",
                case when p.anonymous then '[]'::json else coalesce((
                  select json_agg(json_build_object('userId', b.user_id, 'name', coalesce(x.full_name, 'A member'), 'optionIds', b.option_ids)
                           order by x.full_name, b.user_id)
                    from (select v.user_id, array_agg(v.option_id::text) as option_ids from meeting_poll_vote v
                           where v.poll_id = p.id group by v.user_id) b
                    join app_user u on u.id = b.user_id left join expert x on x.id = u.expert_id), '[]') end as voters
           from meeting_poll p where p.meeting_id = any(?::uuid[]) order by p.created_at, p.id`,
        [viewerIdParam(keys[0]!.viewer), meetingIdsParam(keys)],
      );
      return groupByMeeting(
        keys,
        rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), options: json(row.options), voters: json(row.voters) })),
      );
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
