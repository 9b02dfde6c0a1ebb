import type { Dataset } from './dataset.js';
import { Prng } from './prng.js';
import { hashToken } from './tables.js';

/** S5's and S6's meetings: DRAFT regional meetings hosted by the bench's first member, with `participants` signed-in invitees. */
export interface MeetingRoom {
  meetingId: string;
  /** A second meeting with the same people: S6 compares two setups side by side without one's events reaching the other's sockets. */
  secondMeetingId: string;
  /** One session cookie per participant: the server admits ten sockets per session, a tab holds one. */
  cookies: string[];
  tables: { table: string; columns: string[]; rows: unknown[][] }[];
}

export function generateMeetingRoom(seed: number, dataset: Dataset, participants: number): MeetingRoom {
  const prng = new Prng(seed + 5);
  const host = dataset.accounts[0];
  if (!host) throw new Error('the dataset has no member account');
  const taken = new Set(dataset.accounts.map((account) => account.expertId));
  const experts = dataset.experts.filter((expert) => !taken.has(expert.id)).slice(0, participants);
  if (experts.length < participants) throw new Error(`the dataset has ${experts.length} experts without accounts, not ${participants}`);
  const meetingId = prng.uuid();
  const secondMeetingId = prng.uuid();
  const meetings = [meetingId, secondMeetingId];
  const expiresAt = new Date(Date.UTC(2099, 0, 1)).toISOString();
  const members = experts.map((expert, index) => ({
    userId: prng.uuid(),
    email: `bench-participant-${index + 1}@example.org`,
    countryCode: expert.countryCode,
    expertId: expert.id,
    sessionId: prng.uuid(),
    token: prng.token(),
  }));
  return {
    meetingId,
    secondMeetingId,
    cookies: members.map((member) => `strom_session=${member.token}`),
    tables: [
      {
        table: 'app_user',
        columns: ['id', 'email', 'status', 'network_role', 'country_code', 'expert_id'],
        rows: members.map((m) => [m.userId, m.email, 'ACTIVE', 'MEMBER', m.countryCode, m.expertId]),
      },
      {
        table: 'session',
        columns: ['id', 'user_id', 'token_hash', 'user_agent', 'expires_at'],
        rows: members.map((m) => [m.sessionId, m.userId, hashToken(m.token), 'strom-bench', expiresAt]),
      },
      {
        table: 'meeting',
        columns: ['id', 'title', 'level', 'time_zone', 'format', 'visibility', 'status', 'created_by_id'],
        rows: meetings.map((id) => [
          id,
          'Regional expert group (bench)',
          'REGIONAL',
          'Europe/Riga',
          'ONLINE',
          'INVITED',
          'DRAFT',
          host.userId,
        ]),
      },
      { table: 'meeting_host', columns: ['meeting_id', 'user_id'], rows: meetings.map((id) => [id, host.userId]) },
      {
        table: 'meeting_participant',
        columns: ['meeting_id', 'user_id', 'status', 'role', 'invited_by_id'],
        rows: meetings.flatMap((id) => members.map((m) => [id, m.userId, 'INVITED', 'PARTICIPANT', host.userId])),
      },
    ],
  };
}
