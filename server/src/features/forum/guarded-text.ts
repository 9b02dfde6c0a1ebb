import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { requireConfirmedFindings } from '../guardrail/require-confirmed-findings.js';
import type { GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import type { StoredConfirmation } from './post.entity.js';

/**
 * The victim-data guardrail before anything is saved: each text (a thread's title, a post's source) is refused
 * while it holds a finding the author has neither removed nor confirmed. Confirmed findings are returned for the
 * post to keep (kinds and spans, not the text) and audit-logged, so moderators can review them.
 */
export async function guardTexts(
  uow: UnitOfWork,
  author: MemberViewer,
  texts: readonly { field: string; text: string }[],
  confirmations: readonly GuardrailConfirmationInput[] | null | undefined,
  subject: { type: 'post'; id: string },
): Promise<StoredConfirmation[]> {
  const confirmed: StoredConfirmation[] = [];
  for (const { field, text } of texts) {
    const findings = await requireConfirmedFindings(uow.em, { field, text, confirmations: confirmations ?? [] });
    confirmed.push(...findings.map(({ kind, start, end }) => ({ field, kind, start, end, confirmedAt: uow.now.toISOString() })));
  }
  if (confirmed.length > 0) {
    await audit(uow.em, {
      action: 'GUARDRAIL_FINDINGS_CONFIRMED',
      actorId: author.userId,
      subjectType: subject.type,
      subjectId: subject.id,
      details: { count: confirmed.length, kinds: [...new Set(confirmed.map((c) => c.kind))].join(',') },
    });
  }
  return confirmed;
}
