import { isTimeZone, MEETING_DURATION_MAX_HOURS, MEETING_REMINDER_DEFAULTS, type Level } from '@strom/shared';
import type { MemberViewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import type { GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { requireConfirmedFindings } from '../guardrail/require-confirmed-findings.js';
import type { StoredMeetingConfirmation } from './meeting.entity.js';

/** An IANA zone this runtime knows, or BAD_USER_INPUT on `field`. */
export function parseTimeZone(zone: string, field: string): string {
  if (!isTimeZone(zone)) throw BadUserInput.field(field, `“${zone}” is not a known time zone (use an IANA name such as Europe/Riga)`);
  return zone;
}

/** Both times or neither; the end after the start; at most a week long. */
export function checkTimes(startsAt: Date | null, endsAt: Date | null, prefix = 'input'): void {
  if ((startsAt === null) !== (endsAt === null))
    throw BadUserInput.field(`${prefix}.endsAt`, 'Give both the start and the end, or neither');
  if (startsAt === null || endsAt === null) return;
  if (endsAt.getTime() <= startsAt.getTime()) throw BadUserInput.field(`${prefix}.endsAt`, 'The meeting must end after it starts');
  if (endsAt.getTime() - startsAt.getTime() > MEETING_DURATION_MAX_HOURS * 3_600_000)
    throw BadUserInput.field(`${prefix}.endsAt`, `A meeting lasts at most ${MEETING_DURATION_MAX_HOURS / 24} days`);
}

export function reminderOffsets(offsets: readonly number[] | null | undefined): number[] {
  return [...new Set(offsets ?? MEETING_REMINDER_DEFAULTS)].sort((a, b) => b - a);
}

export interface ScopeColumns {
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
}

/** The scope columns a level needs, checked against the reference data. */
export async function scopeOf(
  em: Em,
  input: { level: Level; countryCode?: string | null; municipalityId?: string | null },
): Promise<ScopeColumns> {
  if (input.level === 'REGIONAL') return { level: 'REGIONAL', countryCode: null, municipalityId: null };
  if (!input.countryCode) throw BadUserInput.field('input.countryCode', 'A national or local meeting needs its country');
  const countryCode = parseCountryCode(input.countryCode, 'input.countryCode');
  if (input.level === 'NATIONAL') {
    const [country] = await em.execute(`select code from country where code = ?`, [countryCode]);
    if (!country) throw BadUserInput.field('input.countryCode', 'No such country');
    return { level: 'NATIONAL', countryCode, municipalityId: null };
  }
  if (!input.municipalityId) throw BadUserInput.field('input.municipalityId', 'A local meeting needs its municipality');
  const municipalityId = parseUuid(input.municipalityId, 'input.municipalityId');
  const [place] = await em.execute(`select id from municipality where id = ? and country_code = ?`, [municipalityId, countryCode]);
  if (!place) throw BadUserInput.field('input.municipalityId', 'No such municipality in that country');
  return { level: 'LOCAL', countryCode, municipalityId };
}

/**
 * The victim-data guardrail on a meeting's free text (purpose, a cancellation reason, an RSVP note): refused while
 * a finding is neither removed nor confirmed; confirmed ones are returned (kinds and spans) and audit-logged.
 */
export async function guardMeetingText(
  uow: UnitOfWork,
  author: MemberViewer,
  meetingId: string,
  field: string,
  text: string | null | undefined,
  confirmations: readonly GuardrailConfirmationInput[],
): Promise<StoredMeetingConfirmation[]> {
  if (!text) return [];
  const findings = await requireConfirmedFindings(uow.em, { field, text, confirmations });
  if (findings.length === 0) return [];
  await audit(uow.em, {
    action: 'GUARDRAIL_FINDINGS_CONFIRMED',
    actorId: author.userId,
    subjectType: 'meeting',
    subjectId: meetingId,
    details: { count: findings.length, kinds: [...new Set(findings.map((f) => f.kind))].join(',') },
  });
  return findings.map(({ kind, start, end }) => ({ field, kind, start, end, confirmedAt: uow.now.toISOString() }));
}
