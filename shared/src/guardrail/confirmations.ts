import type { Finding, GuardrailConfirmation } from './types.js';

/** The findings no confirmation names: those the author has neither removed nor declared not a victim's data. */
export function unconfirmedFindings(findings: readonly Finding[], confirmations: readonly GuardrailConfirmation[]): Finding[] {
  return findings.filter((f) => !confirmations.some((c) => c.kind === f.kind && c.text === f.text));
}
