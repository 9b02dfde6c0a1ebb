import type { ForumVisibility, Level } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin, isNetworkModerator } from '../user/user.policy.js';

/**
 * What the rules need to know of a forum, loaded in the same statement as the forum itself (see
 * FORUM_ACCESS_COLUMNS): who moderates it and, for a GROUP, who belongs. Live events carry it too, so each
 * subscriber's current rights are checked without SQL.
 */
export interface ForumAccess {
  id: string;
  visibility: ForumVisibility;
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
  /** User ids named moderators of this forum. */
  moderatorIds: readonly string[];
  /** User ids of a GROUP forum's members. */
  memberIds: readonly string[];
}

/** Selects a ForumAccess (as `access_*` columns) from a forum aliased `f`. */
export const FORUM_ACCESS_COLUMNS = `f.id as access_id, f.visibility as access_visibility, f.level as access_level,
  trim(f.country_code) as access_country_code, f.municipality_id as access_municipality_id,
  array(select m.user_id::text from forum_moderator m where m.forum_id = f.id) as access_moderator_ids,
  array(select m.user_id::text from forum_member m where m.forum_id = f.id) as access_member_ids`;

export interface ForumAccessRow {
  access_id: string;
  access_visibility: ForumVisibility;
  access_level: Level;
  access_country_code: string | null;
  access_municipality_id: string | null;
  access_moderator_ids: string[];
  access_member_ids: string[];
}

export function forumAccessOf(row: ForumAccessRow): ForumAccess {
  return {
    id: row.access_id,
    visibility: row.access_visibility,
    level: row.access_level,
    countryCode: row.access_country_code,
    municipalityId: row.access_municipality_id,
    moderatorIds: row.access_moderator_ids,
    memberIds: row.access_member_ids,
  };
}

/** Named moderators of this forum, the network's moderators and admins. */
export function moderates(viewer: Viewer, forum: ForumAccess): boolean {
  return isMember(viewer) && (isAdmin(viewer) || isNetworkModerator(viewer) || forum.moderatorIds.includes(viewer.userId));
}

/**
 * Who reads a forum: PUBLIC anyone; NETWORK members; SCOPE members whose own country (NATIONAL) or
 * municipality (LOCAL) it is, every member for a REGIONAL scope, and the coordinators of its country; GROUP its
 * named members. Moderators and admins read every forum. `visibleForumSql` says the same in SQL.
 */
export function seesForum(viewer: Viewer, forum: ForumAccess): boolean {
  if (forum.visibility === 'PUBLIC') return true;
  if (!isMember(viewer)) return false;
  if (moderates(viewer, forum)) return true;
  switch (forum.visibility) {
    case 'NETWORK':
      return true;
    case 'SCOPE':
      return inScope(viewer, forum) || coordinates(viewer, forum.countryCode);
    case 'GROUP':
      return forum.memberIds.includes(viewer.userId);
  }
}

function inScope(viewer: Viewer & { kind: 'member' }, forum: ForumAccess): boolean {
  if (forum.level === 'REGIONAL') return true;
  if (forum.level === 'NATIONAL') return viewer.countryCode === forum.countryCode;
  return viewer.municipalityId !== null && viewer.municipalityId === forum.municipalityId;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * `seesForum` as a WHERE condition on a forum aliased `alias`, so lists, counts and unread counts are filtered
 * inside SQL: a GROUP forum's content never reaches an outsider's result rows.
 */
export function visibleForumSql(viewer: Viewer, alias = 'f'): SqlFragment {
  if (!isMember(viewer)) return { sql: `${alias}.visibility = 'PUBLIC'`, params: [] };
  if (isAdmin(viewer) || isNetworkModerator(viewer)) return { sql: 'true', params: [] };
  const coordinated = coordinatesAny(viewer);
  return {
    sql: `(${alias}.visibility in ('PUBLIC', 'NETWORK')
      or exists (select 1 from forum_moderator fm where fm.forum_id = ${alias}.id and fm.user_id = ?)
      or (${alias}.visibility = 'SCOPE' and (${alias}.level = 'REGIONAL'
        or (${alias}.level = 'NATIONAL' and ${alias}.country_code = ?)
        or (${alias}.level = 'LOCAL' and ${alias}.municipality_id = ?)
        or ${alias}.country_code = any(?::text[])))
      or (${alias}.visibility = 'GROUP' and exists (select 1 from forum_member gm where gm.forum_id = ${alias}.id and gm.user_id = ?)))`,
    params: [viewer.userId, viewer.countryCode, viewer.municipalityId, `{${coordinated.join(',')}}`, viewer.userId],
  };
}

/** `moderates` as a WHERE condition on a forum aliased `alias` (the review queue lists only forums one moderates). */
export function moderatedForumSql(viewer: Viewer, alias = 'f'): SqlFragment {
  if (!isMember(viewer)) return { sql: 'false', params: [] };
  if (isAdmin(viewer) || isNetworkModerator(viewer)) return { sql: 'true', params: [] };
  return { sql: `exists (select 1 from forum_moderator fm where fm.forum_id = ${alias}.id and fm.user_id = ?)`, params: [viewer.userId] };
}

function coordinatesAny(viewer: Viewer): string[] {
  return isMember(viewer) ? viewer.coordinatorOf.filter((code) => coordinates(viewer, code)) : [];
}

/** What someone is named in a forum: one of its moderators, or a member of a closed group. */
export type ForumRole = 'MODERATOR' | 'MEMBER';

/**
 * Who may be named to a role in a forum, as a WHERE condition on an active account aliased `users` (its expert
 * profile, for the municipality, aliased `experts`): someone who reads the forum without that role. A moderator
 * of a SCOPE forum must be of its country (or municipality) or coordinate it; of a closed group, one of its
 * members. Membership of a closed group is what lets one read it, so any member of the network may be invited.
 * The network's moderators and admins read everything. The picker and the commands take this one rule, and
 * it says what `seesForum` says (a test holds the two together).
 */
export function mayBeNamedSql(forum: ForumAccess, role: ForumRole, users = 'u', experts = 'x'): SqlFragment {
  if (role === 'MEMBER' || forum.visibility === 'PUBLIC' || forum.visibility === 'NETWORK') return { sql: 'true', params: [] };
  const everywhere = `(${users}.network_role = 'MODERATOR' or (${users}.network_role = 'ADMIN' and ${users}.totp_enabled))`;
  if (forum.visibility === 'GROUP')
    return { sql: `(${everywhere} or ${users}.id = any(?::uuid[]))`, params: [`{${forum.memberIds.join(',')}}`] };
  const coordinator = `(${users}.network_role = 'COORDINATOR' and ${users}.totp_enabled and ?::text = any(${users}.coordinator_of))`;
  const inScope =
    forum.level === 'REGIONAL'
      ? { sql: 'true', params: [] }
      : forum.level === 'NATIONAL'
        ? { sql: `trim(${users}.country_code) = ?`, params: [forum.countryCode] }
        : { sql: `${experts}.municipality_id = ?`, params: [forum.municipalityId] };
  return { sql: `(${everywhere} or ${inScope.sql} or ${coordinator})`, params: [...inScope.params, forum.countryCode] };
}
