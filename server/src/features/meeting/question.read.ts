import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import { viewerIdParam } from './meeting-access.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { groupByMeeting, meetingIdsParam, toDate } from './outcome.read.js';
import type { MeetingQuestion } from './question.types.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingQuestions: DataLoader<MeetingListKey, MeetingQuestion[], string>;
  }
}

/** Questions of every meeting a page shows, most upvoted first, in one statement (hidden ones included: the resolver filters). */
export function createQuestionsLoader(em: Em): DataLoader<MeetingListKey, MeetingQuestion[], string> {
  return new DataLoader(
    async (keys) => {
      const viewerId = viewerIdParam(keys[0]!.viewer);
      const rows = await em.execute<MeetingQuestion[]>(
        `select q.id, q.meeting_id as "meetingId", q.text, coalesce(x.full_name, 'A member') as "authorName", q.answered, q.hidden,
                q.created_at as "createdAt", (q.author_id = ?::uuid) is true as "viewerAsked",
                (select count(*)::int from meeting_question_upvote v where v.question_id = q.id) as upvotes,
                exists (select 1 from meeting_question_upvote v where v.question_id = q.id and v.user_id = ?::uuid) as "viewerUpvoted"
           from meeting_question q left join app_user u on u.id = q.author_id left join expert x on x.id = u.expert_id
          where q.meeting_id = any(?::uuid[]) order by q.answered, upvotes desc, q.created_at, q.id`,
        [viewerId, viewerId, meetingIdsParam(keys)],
      );
      return groupByMeeting(keys, rows.map((row) => ({ ...row, createdAt: toDate(row.createdAt) })));
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}
