import type { Finding, GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { useGuardrail } from '../guardrail/useGuardrail';
import { withoutFinding } from '../guardrail/withoutFinding';

/**
 * A post's markdown with its victim-data guardrail: the findings as the author types, and their answers to each
 * (remove the passage, or confirm it is not a victim's data). The confirmations go with the save; the server checks again.
 */
export function useGuardedSource(initial: string) {
  const [source, setSource] = useState(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const guardrail = useGuardrail(source, confirmations);
  const sameFinding = (a: GuardrailConfirmation, b: Finding) => a.kind === b.kind && a.text === b.text;
  return {
    source,
    setSource,
    confirmations,
    guardrail,
    reset: (text = '') => {
      setSource(text);
      setConfirmations([]);
    },
    panel: {
      text: source,
      findings: guardrail.findings,
      confirmations,
      onRemove: (finding: Finding) => setSource((text) => withoutFinding(text, finding)),
      onConfirm: (finding: Finding) => setConfirmations((list) => [...list, { kind: finding.kind, text: finding.text }]),
      onUnconfirm: (finding: Finding) => setConfirmations((list) => list.filter((c) => !sameFinding(c, finding))),
    },
  };
}
