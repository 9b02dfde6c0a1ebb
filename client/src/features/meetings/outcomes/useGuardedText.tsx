import type { Finding, GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { GuardrailPanel } from '../../guardrail/GuardrailPanel';
import { useGuardrail } from '../../guardrail/useGuardrail';
import { withoutFinding } from '../../guardrail/withoutFinding';

/**
 * A free text with the victim-data guardrail the server applies: its findings panel, the confirmations to send,
 * and whether a finding is still neither removed nor confirmed (then the form does not submit).
 */
export function useGuardedText(initial = '') {
  const [text, setText] = useState(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const { findings, unconfirmed } = useGuardrail(text, confirmations);
  const forget = (finding: Finding) => confirmations.filter((c) => c.kind !== finding.kind || c.text !== finding.text);
  const panel =
    findings.length > 0 ? (
      <GuardrailPanel
        text={text}
        findings={findings}
        confirmations={confirmations}
        onRemove={(finding) => setText(withoutFinding(text, finding))}
        onConfirm={({ kind, text: found }) => setConfirmations([...confirmations, { kind, text: found }])}
        onUnconfirm={(finding) => setConfirmations(forget(finding))}
      />
    ) : null;
  return {
    text,
    setText,
    confirmations,
    panel,
    blocked: unconfirmed.length > 0,
    reset: () => {
      setText('');
      setConfirmations([]);
    },
  };
}
