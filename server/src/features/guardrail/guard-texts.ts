import type { MemberViewer } from '../../core/auth.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { requireConfirmedFindings } from './require-confirmed-findings.js';
import type { GuardrailConfirmationInput } from './guardrail.types.js';

/**
 * The victim-data guardrail for a command's free texts (null and empty ones skipped): refused while a finding is
 * neither removed nor confirmed; confirmed findings are audit-logged against the subject, by kind and count only.
 */
export async function guardTexts(
  uow: UnitOfWork,
  author: MemberViewer,
  texts: readonly { field: string; text: string | null | undefined }[],
  confirmations: readonly GuardrailConfirmationInput[] | null | undefined,
  subject: { type: string; id: string },
): Promise<void> {
  const kinds: string[] = [];
  for (const { field, text } of texts) {
    if (!text) continue;
    const findings = await requireConfirmedFindings(uow.em, { field, text, confirmations: confirmations ?? [] });
    kinds.push(...findings.map((finding) => finding.kind));
  }
  if (kinds.length === 0) return;
  await audit(uow.em, {
    action: 'GUARDRAIL_FINDINGS_CONFIRMED',
    actorId: author.userId,
    subjectType: subject.type,
    subjectId: subject.id,
    details: { count: kinds.length, kinds: [...new Set(kinds)].join(',') },
  });
}
