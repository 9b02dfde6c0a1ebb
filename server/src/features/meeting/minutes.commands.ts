import { parseUuid } from '../../core/ids.js';
import { renderMarkdown } from '../../core/content/markdown.js';
import { audit } from '../audit/audit.service.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { MeetingAccess } from './meeting-access.js';
import { lockMeeting } from './meeting-load.js';
import { recordMeetingEvent } from './meeting-events.js';
import { liveSections, minutesFacts, minutesMarkdown } from './minutes-sections.js';
import type { UpdateMeetingMinutesInput } from './minutes.inputs.js';
import { meetingOutcomeAbilities, OutcomeConflict } from './outcome.policy.js';

interface StoredMinutes {
  status: 'DRAFT' | 'PUBLISHED';
  version: number;
}

/**
 * Generates the draft minutes of an ENDED meeting from what it produced. Regenerating replaces a draft, so it takes
 * the version the host last saw (null when there is none yet): another host's edit is never overwritten unseen.
 */
export async function generateMeetingMinutes(deps: CommandDeps, meetingId: string, expectedVersion: number | null): Promise<string> {
  return writeMinutes(deps, meetingId, async (uow, meeting, current, actorId) => {
    if (current && current.version !== expectedVersion) throw versionConflict();
    const source = minutesMarkdown(await minutesFacts(uow.em, meeting.id), await liveSections(uow.em, meeting.id));
    await store(uow, meeting, source, [], current, actorId);
  });
}

/** A host's edit of the draft (through the guardrail), under optimistic locking. */
export async function updateMeetingMinutes(deps: CommandDeps, input: UpdateMeetingMinutesInput): Promise<string> {
  return writeMinutes(deps, input.meetingId, async (uow, meeting, current, actorId) => {
    if (!current) throw new OutcomeConflict('MINUTES_MISSING', 'Generate the minutes first');
    if (current.version !== input.expectedVersion) throw versionConflict();
    const confirmed = await guardTexts(uow, uow.actor, [{ field: 'source', text: input.source }], input.confirmations, {
      type: 'meeting',
      id: meeting.id,
    });
    await store(uow, meeting, input.source, confirmed, current, actorId);
  });
}

/** DRAFT → PUBLISHED: every participant reads them from now on, and they no longer change. */
export async function publishMeetingMinutes(deps: CommandDeps, meetingId: string, expectedVersion: number): Promise<string> {
  return writeMinutes(deps, meetingId, async (uow, meeting, current, actorId) => {
    if (!current) throw new OutcomeConflict('MINUTES_MISSING', 'Generate the minutes first');
    if (current.version !== expectedVersion) throw versionConflict();
    await uow.em.execute(
      `update meeting_minutes set status = 'PUBLISHED', version = version + 1, published_at = ?::timestamptz, updated_by_id = ? where meeting_id = ?`,
      [uow.now.toISOString(), actorId, meeting.id],
    );
    const version = current.version + 1;
    await audit(uow.em, {
      action: 'MEETING_MINUTES_PUBLISHED',
      actorId,
      subjectType: 'meeting',
      subjectId: meeting.id,
      details: { version },
    });
    await recordMeetingEvent(uow, meeting.id, 'MINUTES_CHANGED', { status: 'PUBLISHED', version });
  });
}

/** The frame of every minutes command: a host, an ENDED meeting, minutes not yet published. */
async function writeMinutes(
  deps: CommandDeps,
  rawMeetingId: string,
  work: (uow: UnitOfWork, meeting: MeetingAccess, current: StoredMinutes | null, actorId: string) => Promise<void>,
): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(rawMeetingId, 'meetingId'));
    meetingOutcomeAbilities.authorize(actor, 'writeMinutes', meeting);
    if (meeting.status !== 'ENDED') throw new OutcomeConflict('MEETING_NOT_ENDED', 'Minutes are written once the meeting has ended');
    const [current] = await uow.em.execute<StoredMinutes[]>(`select status, version from meeting_minutes where meeting_id = ?`, [
      meeting.id,
    ]);
    if (current?.status === 'PUBLISHED') throw new OutcomeConflict('MINUTES_PUBLISHED', 'The minutes are published and no longer change');
    await work(uow, meeting, current ?? null, actor.userId);
    return meeting.id;
  });
}

async function store(
  uow: UnitOfWork,
  meeting: MeetingAccess,
  source: string,
  confirmed: unknown[],
  current: StoredMinutes | null,
  actorId: string,
) {
  const { html } = await renderMarkdown(source, { field: 'input.source' });
  const version = (current?.version ?? 0) + 1;
  await uow.em.execute(
    `insert into meeting_minutes (meeting_id, source, html, confirmations, status, version, updated_by_id, updated_at)
       values (?, ?, ?, ?::jsonb, 'DRAFT', ?, ?, ?::timestamptz)
     on conflict (meeting_id) do update set source = excluded.source, html = excluded.html, confirmations = excluded.confirmations,
       version = excluded.version, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
    [meeting.id, source, html, JSON.stringify(confirmed), version, actorId, uow.now.toISOString()],
  );
  // Who generated or changed the draft, and which version it became (the text itself stays in the minutes).
  await audit(uow.em, { action: 'MEETING_MINUTES_EDITED', actorId, subjectType: 'meeting', subjectId: meeting.id, details: { version } });
  await recordMeetingEvent(uow, meeting.id, 'MINUTES_CHANGED', { status: 'DRAFT', version });
}

const versionConflict = () =>
  new OutcomeConflict('VERSION_MISMATCH', 'Another host changed the minutes since you opened them; reload and try again');
