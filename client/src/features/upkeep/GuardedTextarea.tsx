import { Stack, Textarea } from '@mantine/core';
import type { GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { GuardrailPanel } from '../guardrail/GuardrailPanel';
import { useGuardrail } from '../guardrail/useGuardrail';
import { withoutFinding } from '../guardrail/withoutFinding';

/** A free text with its guardrail confirmations: what a directory form sends as `confirmations`. */
export function useGuardedText(initial = '') {
  const [text, setText] = useState(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const guard = useGuardrail(text, confirmations);
  return { text, setText, confirmations, setConfirmations, guard };
}

export type GuardedText = ReturnType<typeof useGuardedText>;

interface GuardedTextareaProps {
  label: string;
  value: GuardedText;
  maxLength: number;
  required?: boolean;
  error?: string;
}

// A textarea that shows the victim-data guardrail's findings under it, only when there are any.
export function GuardedTextarea({ label, value, maxLength, required, error }: GuardedTextareaProps) {
  const { text, setText, confirmations, setConfirmations, guard } = value;
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        required={required}
        autosize
        minRows={2}
        maxLength={maxLength}
        value={text}
        error={error}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {guard.findings.length > 0 && (
        <GuardrailPanel
          text={text}
          findings={guard.findings}
          confirmations={confirmations}
          onRemove={(finding) => setText(withoutFinding(text, finding))}
          onConfirm={(finding) => setConfirmations([...confirmations, { kind: finding.kind, text: finding.text }])}
          onUnconfirm={(finding) => setConfirmations(confirmations.filter((c) => c.kind !== finding.kind || c.text !== finding.text))}
        />
      )}
    </Stack>
  );
}
