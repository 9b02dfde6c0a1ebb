import { GUARDRAIL_CONFIRMATIONS_MAX, type GuardrailConfirmation, type GuardrailKind } from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import type { Viewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { requireConfirmedFindings } from './require-confirmed-findings.js';

/** A finding the author confirmed is not a victim's personal data: where it was, not what it said. */
export interface ConfirmedFinding {
  /** The input field it was found in ("bio", "description", "reason", "source"). */
  field: string;
  kind: GuardrailKind;
  start: number;
  end: number;
  confirmedAt: string;
}

/** A free-text input of a command; absent or blank texts are not checked. */
export interface GuardedInput {
  field: string;
  text: string | null | undefined;
}

/**
 * The victim-data guardrail before a command saves free text: each text is refused (UnconfirmedVictimData, naming
 * its spans) while it holds a finding the author has neither removed nor confirmed. Confirmed findings are
 * audit-logged against the subject, kinds and spans only (never the text), and returned for the caller to keep
 * with the text where moderators review it (forum posts do).
 */
export async function guardTexts(
  uow: UnitOfWork,
  actor: Viewer,
  texts: readonly GuardedInput[],
  confirmations: readonly GuardrailConfirmation[] | null | undefined,
  subject: { type: string; id: string },
): Promise<ConfirmedFinding[]> {
  // Inputs declare the bound with @GuardrailConfirmationsField; a bare argument list is bounded here.
  if ((confirmations?.length ?? 0) > GUARDRAIL_CONFIRMATIONS_MAX) {
    throw BadUserInput.field('confirmations', `at most ${GUARDRAIL_CONFIRMATIONS_MAX} confirmations`);
  }
  const confirmed: ConfirmedFinding[] = [];
  for (const { field, text } of texts) {
    if (!text?.trim()) continue;
    const findings = await requireConfirmedFindings(uow.em, { field, text, confirmations: confirmations ?? [] });
    confirmed.push(...findings.map(({ kind, start, end }) => ({ field, kind, start, end, confirmedAt: uow.now.toISOString() })));
  }
  if (confirmed.length > 0) {
    await audit(uow.em, {
      action: 'GUARDRAIL_FINDINGS_CONFIRMED',
      actorId: actor.kind === 'member' ? actor.userId : null,
      subjectType: subject.type,
      subjectId: subject.id,
      details: {
        count: confirmed.length,
        kinds: [...new Set(confirmed.map((c) => c.kind))].join(','),
        spans: confirmed.map((c) => `${c.field}:${c.kind}:${c.start}-${c.end}`).join(' '),
      },
    });
  }
  return confirmed;
}
