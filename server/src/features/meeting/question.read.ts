import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import { viewerIdParam } from './meeting-access.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import type { MeetingListKey } from './meeting.loaders.js';
import { jsonOf, loadParts } from './outcome.read.js';
import type { MeetingQuestion } from './question.types.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingQuestions: DataLoader<MeetingListKey, MeetingQuestion[], string>;
  }
}

/** The questions of meeting `m` as one JSON value, open ones first, most upvoted first (bind the viewer's id twice). */
export const QUESTIONS_SQL = `select coalesce(json_agg(q.item order by q.answered, q.upvotes desc, q.created_at, q.id), '[]'::json)
  from (select q.id, q.answered, q.created_at, u.upvotes, json_build_object('id', q.id, 'meetingId', q.meeting_id, 'text', q.text,
          'authorName', coalesce(x.full_name, 'A member'), 'answered', q.answered, 'hidden', q.hidden, 'createdAt', q.created_at,
          'viewerAsked', (q.author_id = ?::uuid) is true, 'upvotes', u.upvotes,
          'viewerUpvoted', exists (select 1 from meeting_question_upvote v where v.question_id = q.id and v.user_id = ?::uuid)) as item
          from meeting_question q left join app_user au on au.id = q.author_id left join expert x on x.id = au.expert_id
          cross join lateral (select count(*)::int as upvotes from meeting_question_upvote v where v.question_id = q.id) u
         where q.meeting_id = m.id) q`;

registerLiveStatePart({ key: 'questions', sql: QUESTIONS_SQL, params: (viewer) => [viewerIdParam(viewer), viewerIdParam(viewer)] });

/** The JSON as GraphQL objects, hidden questions only for hosts. SQL-free. */
export function questionsOf(json: unknown, viewerHosts: boolean): MeetingQuestion[] {
  const questions = jsonOf<(Omit<MeetingQuestion, 'createdAt'> & { createdAt: string })[]>(json).map((question) => ({
    ...question,
    createdAt: new Date(question.createdAt),
  }));
  return viewerHosts ? questions : questions.filter((question) => !question.hidden);
}

/** Questions of every meeting a page shows, in one statement (hidden ones included: `questionsOf` filters). */
export function createQuestionsLoader(em: Em): DataLoader<MeetingListKey, MeetingQuestion[], string> {
  return new DataLoader(
    (keys) => {
      const viewerId = viewerIdParam(keys[0]!.viewer);
      return loadParts(em, keys, QUESTIONS_SQL, [viewerId, viewerId], (json) => questionsOf(json, true), []);
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}
