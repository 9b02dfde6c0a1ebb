import type { Level, MeetingStatus, MeetingVisibility, ParticipantStatus } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin, isNetworkModerator } from '../user/user.policy.js';

/**
 * What the rules need to know of a meeting, loaded in the statement that loads the meeting (MEETING_ACCESS_COLUMNS):
 * its scope, visibility and status, who hosts it and where the viewer stands in it.
 */
export interface MeetingAccess {
  id: string;
  visibility: MeetingVisibility;
  status: MeetingStatus;
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
  hostIds: readonly string[];
  /** The viewer's own participation; null when they are not invited. */
  viewerStatus: ParticipantStatus | null;
}

/** Selects a MeetingAccess (as `access_*` columns) from a meeting aliased `m`; bind the viewer's user id (or null). */
export const MEETING_ACCESS_COLUMNS = `m.id as access_id, m.visibility as access_visibility, m.status as access_status,
  m.level as access_level, trim(m.country_code) as access_country_code, m.municipality_id as access_municipality_id,
  array(select h.user_id::text from meeting_host h where h.meeting_id = m.id) as access_host_ids,
  (select p.status from meeting_participant p where p.meeting_id = m.id and p.user_id = ?::uuid) as access_viewer_status`;

export interface MeetingAccessRow {
  access_id: string;
  access_visibility: MeetingVisibility;
  access_status: MeetingStatus;
  access_level: Level;
  access_country_code: string | null;
  access_municipality_id: string | null;
  access_host_ids: string[];
  access_viewer_status: ParticipantStatus | null;
}

export function meetingAccessOf(row: MeetingAccessRow): MeetingAccess {
  return {
    id: row.access_id,
    visibility: row.access_visibility,
    status: row.access_status,
    level: row.access_level,
    countryCode: row.access_country_code,
    municipalityId: row.access_municipality_id,
    hostIds: row.access_host_ids,
    viewerStatus: row.access_viewer_status,
  };
}

export const viewerIdParam = (viewer: Viewer): string | null => (isMember(viewer) ? viewer.userId : null);

/** Hosts of this meeting, the network's moderators and admins (with two-factor). */
export function hosts(viewer: Viewer, meeting: MeetingAccess): boolean {
  return isMember(viewer) && (isAdmin(viewer) || isNetworkModerator(viewer) || meeting.hostIds.includes(viewer.userId));
}

/**
 * Who sees a meeting: its hosts, moderators and admins always; a DRAFT nobody else except those already invited
 * (to answer its date poll); then NETWORK every member, SCOPE members of its country or municipality (every member
 * for a REGIONAL one) and that country's coordinators, INVITED its participants. `visibleMeetingSql` says the same.
 */
export function seesMeeting(viewer: Viewer, meeting: MeetingAccess): boolean {
  if (!isMember(viewer)) return false;
  if (hosts(viewer, meeting) || meeting.viewerStatus !== null) return true;
  if (meeting.status === 'DRAFT') return false;
  switch (meeting.visibility) {
    case 'NETWORK':
      return true;
    case 'SCOPE':
      return inScope(viewer, meeting) || coordinates(viewer, meeting.countryCode);
    case 'INVITED':
      return false;
  }
}

function inScope(viewer: Viewer & { kind: 'member' }, meeting: MeetingAccess): boolean {
  if (meeting.level === 'REGIONAL') return true;
  if (meeting.level === 'NATIONAL') return viewer.countryCode === meeting.countryCode;
  return viewer.municipalityId !== null && viewer.municipalityId === meeting.municipalityId;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** `seesMeeting` as a WHERE condition on a meeting aliased `alias`: lists and counts never hold what one may not see. */
export function visibleMeetingSql(viewer: Viewer, alias = 'm'): SqlFragment {
  if (!isMember(viewer)) return { sql: 'false', params: [] };
  if (isAdmin(viewer) || isNetworkModerator(viewer)) return { sql: 'true', params: [] };
  return {
    sql: `(exists (select 1 from meeting_host vh where vh.meeting_id = ${alias}.id and vh.user_id = ?)
      or exists (select 1 from meeting_participant vp where vp.meeting_id = ${alias}.id and vp.user_id = ?)
      or (${alias}.status <> 'DRAFT' and (${alias}.visibility = 'NETWORK'
        or (${alias}.visibility = 'SCOPE' and (${alias}.level = 'REGIONAL'
          or (${alias}.level = 'NATIONAL' and ${alias}.country_code = ?)
          or (${alias}.level = 'LOCAL' and ${alias}.municipality_id = ?)
          or ${alias}.country_code = any(?::text[]))))))`,
    params: [viewer.userId, viewer.userId, viewer.countryCode, viewer.municipalityId, `{${coordinatedCountries(viewer).join(',')}}`],
  };
}
