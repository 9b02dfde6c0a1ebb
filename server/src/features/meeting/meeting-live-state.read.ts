import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { hosts, viewerIdParam, type MeetingAccess } from './meeting-access.js';
import { liveStateParts } from './meeting-live-state.parts.js';
import { MeetingLiveState } from './meeting-live-state.types.js';

interface Row {
  sequence: string;
  status: MeetingLiveState['status'];
  starts_at: Date | null;
  ends_at: Date | null;
  time_zone: string;
  went_live_at: Date | null;
  ended_at: Date | null;
  read_at: Date;
  [part: `part_${number}`]: unknown;
}

/**
 * The live state of a meeting the viewer sees (the caller checked): one statement, so every part and `sequence`
 * come from the same snapshot and a client resuming after `sequence` neither misses nor repeats an event.
 */
export async function readLiveState(em: Em, viewer: Viewer, access: MeetingAccess): Promise<MeetingLiveState> {
  const parts = liveStateParts();
  const [row] = await em.execute<Row[]>(
    `select m.last_event_sequence as sequence, m.status, m.starts_at, m.ends_at, m.time_zone, m.went_live_at, m.ended_at,
            clock_timestamp() as read_at${parts.map((part, i) => `, (${part.sql}) as part_${i}`).join('')}
       from meeting m where m.id = ?`,
    [...parts.flatMap((part) => part.params?.(viewer) ?? []), access.id],
  );
  if (!row) throw new Error(`meeting ${access.id} vanished while read`);
  return Object.assign(new MeetingLiveState(), {
    meetingId: access.id,
    sequence: Number(row.sequence),
    status: row.status,
    startsAt: row.starts_at && new Date(row.starts_at),
    endsAt: row.ends_at && new Date(row.ends_at),
    timeZone: row.time_zone,
    wentLiveAt: row.went_live_at && new Date(row.went_live_at),
    endedAt: row.ended_at && new Date(row.ended_at),
    readAt: new Date(row.read_at),
    parts: Object.fromEntries(parts.map((part, i) => [part.key, row[`part_${i}`]])),
    viewerId: viewerIdParam(viewer),
    viewerHosts: hosts(viewer, access),
  });
}
