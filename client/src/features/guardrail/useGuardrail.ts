import { useDebouncedValue } from '@mantine/hooks';
import { unconfirmedFindings, type DetectOptions, type Finding, type GuardrailConfirmation } from '@strom/shared';
import { useEffect, useMemo, useState } from 'react';

/** Long enough not to run on every keystroke of a fast typist, short enough to feel live. */
export const GUARDRAIL_DELAY_MS = 300;

const NONE: Finding[] = [];

export interface GuardrailState {
  /** Every finding in the text as last checked, in text order. */
  findings: Finding[];
  /** The findings the author has neither removed nor confirmed: saving would be refused while any is left. */
  unconfirmed: Finding[];
  /** Whether the text changed since it was last checked (a keystroke ago). */
  checking: boolean;
}

type Detect = typeof import('./detector').detectVictimData;

let detector: Detect | null = null;
let loading: Promise<Detect> | null = null;

function loadDetector(): Promise<Detect> {
  loading ??= import('./detector').then((module) => (detector = module.detectVictimData));
  return loading;
}

/** The detector, loaded when the first form that needs it is on screen; null until it has arrived. */
function useDetector(): Detect | null {
  const [loaded, setLoaded] = useState(() => detector);
  useEffect(() => {
    if (loaded) return undefined;
    let current = true;
    void loadDetector().then((detect) => current && setLoaded(() => detect));
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * The victim-data guardrail as the member types: the same detector the server runs (`@strom/shared`), in the
 * browser, on the text as it stands after a short pause. Nothing leaves the browser. The server has the last word:
 * it also knows which phones and e-mails the directory publishes, which `options.publishedContacts` may pass here.
 * While the detector is still loading, text is `checking`, as during the pause after a keystroke.
 */
export function useGuardrail(
  text: string,
  confirmations: readonly GuardrailConfirmation[],
  { delayMs = GUARDRAIL_DELAY_MS, ...options }: DetectOptions & { delayMs?: number } = {},
): GuardrailState {
  const [checkedText] = useDebouncedValue(text, delayMs);
  const { publishedContacts } = options;
  const detect = useDetector();
  const findings = useMemo(() => (detect ? detect(checkedText, { publishedContacts }) : NONE), [detect, checkedText, publishedContacts]);
  const unconfirmed = useMemo(() => unconfirmedFindings(findings, confirmations), [findings, confirmations]);
  return { findings, unconfirmed, checking: checkedText !== text || (detect === null && text !== '') };
}
