import type { Em } from '../../db/orm.js';
import { seesForum, type ForumAccess } from './forum-access.js';
import { membersAsViewers } from './forum-subjects.js';

/** How many names the autocomplete offers. */
const SHOWN = 8;
/** Names read before the forum's rule filters them: a SCOPE forum may exclude some. */
const READ = 40;

interface CandidateRow {
  expert_id: string;
  user_id: string;
  name: string;
  organisation_name: string | null;
}

const likePattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Members with a profile whose name (or a word of it) starts with `query` and who can read `forum`, so that
 * a mention never reaches, nor reveals a closed group to, someone outside it (the rule addPost enforces:
 * post-rendering.ts). A GROUP forum offers its members and moderators only, already in SQL.
 */
export async function mentionCandidates(em: Em, forum: ForumAccess, query: string) {
  const text = query.trim();
  if (text.length < 2) return [];
  const group = forum.visibility === 'GROUP';
  const pattern = likePattern(text);
  const rows = await em.execute<CandidateRow[]>(
    `select x.id as expert_id, u.id as user_id, x.full_name as name, o.name as organisation_name
       from expert x join app_user u on u.expert_id = x.id and u.status = 'ACTIVE' and u.deleted_at is null
       left join organisation o on o.id = x.organisation_id
      where (x.full_name ilike ? or x.full_name ilike ?)${group ? ' and u.id = any(?::uuid[])' : ''}
      order by x.full_name, x.id limit ${READ}`,
    [`${pattern}%`, `% ${pattern}%`, ...(group ? [`{${[...forum.memberIds, ...forum.moderatorIds].join(',')}}`] : [])],
  );
  const readers = await membersAsViewers(
    em,
    rows.map((row) => row.user_id),
  );
  const reads = new Set(readers.filter((reader) => seesForum(reader, forum)).map((reader) => reader.userId));
  return rows
    .filter((row) => reads.has(row.user_id))
    .slice(0, SHOWN)
    .map((row) => ({ expertId: row.expert_id, name: row.name, organisationName: row.organisation_name }));
}
