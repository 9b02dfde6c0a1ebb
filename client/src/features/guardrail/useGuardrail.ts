import { useDebouncedValue } from '@mantine/hooks';
import { detectVictimData, unconfirmedFindings, type DetectOptions, type Finding, type GuardrailConfirmation } from '@strom/shared';
import { useMemo } from 'react';

/** Long enough not to run on every keystroke of a fast typist, short enough to feel live. */
export const GUARDRAIL_DELAY_MS = 300;

export interface GuardrailState {
  /** Every finding in the text as last checked, in text order. */
  findings: Finding[];
  /** The findings the author has neither removed nor confirmed: saving would be refused while any is left. */
  unconfirmed: Finding[];
  /** Whether the text changed since it was last checked (a keystroke ago). */
  checking: boolean;
}

/**
 * The victim-data guardrail as the member types: the same detector the server runs (`@strom/shared`), in the
 * browser, on the text as it stands after a short pause. Nothing leaves the browser. The server has the last word:
 * it also knows which phones and e-mails the directory publishes, which `options.publishedContacts` may pass here.
 */
export function useGuardrail(
  text: string,
  confirmations: readonly GuardrailConfirmation[],
  { delayMs = GUARDRAIL_DELAY_MS, ...options }: DetectOptions & { delayMs?: number } = {},
): GuardrailState {
  const [checkedText] = useDebouncedValue(text, delayMs);
  const { publishedContacts } = options;
  const findings = useMemo(() => detectVictimData(checkedText, { publishedContacts }), [checkedText, publishedContacts]);
  const unconfirmed = useMemo(() => unconfirmedFindings(findings, confirmations), [findings, confirmations]);
  return { findings, unconfirmed, checking: checkedText !== text };
}
