import type { Finding, GuardrailConfirmation, PublishedContacts } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { GuardrailPanel } from './GuardrailPanel';
import { useGuardrail } from './useGuardrail';
import { withoutFinding } from './withoutFinding';

interface FieldGuardrailProps {
  /** The field's label, named in the panel's title. */
  label: string;
  text: string;
  /** The text as the form opened with it: the server checks only texts an edit changes, and so does this panel. */
  initial?: string;
  /** The form's confirmations, shared by its guarded fields and sent with the mutation. */
  confirmations: readonly GuardrailConfirmation[];
  onConfirmationsChange: (confirmations: GuardrailConfirmation[]) => void;
  onTextChange: (text: string) => void;
  headingOrder?: 2 | 3 | 4;
  /** Contacts the directory publishes that the text may name (an organisation's own phone): not flagged. */
  publishedContacts?: PublishedContacts;
}

/**
 * The victim-data guardrail under one free-text field of a form: nothing while the text holds no finding, else the
 * panel to remove or confirm each passage. The form sends `confirmations` with its mutation.
 */
export function FieldGuardrail({
  label,
  text,
  initial,
  confirmations,
  onConfirmationsChange,
  onTextChange,
  headingOrder = 3,
  publishedContacts,
}: FieldGuardrailProps) {
  const { t } = useTranslation();
  const { findings } = useGuardrail(text === initial ? '' : text, confirmations, { publishedContacts });
  if (findings.length === 0) return null;
  const forget = (finding: Finding) => confirmations.filter((c) => c.kind !== finding.kind || c.text !== finding.text);
  return (
    <GuardrailPanel
      title={t('guardrail.headingFor', { field: label })}
      headingOrder={headingOrder}
      text={text}
      findings={findings}
      confirmations={confirmations}
      onRemove={(finding) => onTextChange(withoutFinding(text, finding))}
      onConfirm={({ kind, text: found }) => onConfirmationsChange([...confirmations, { kind, text: found }])}
      onUnconfirm={(finding) => onConfirmationsChange(forget(finding))}
    />
  );
}
