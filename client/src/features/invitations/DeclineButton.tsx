import { Textarea } from '@mantine/core';
import { INVITATION_TEXT_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';

interface DeclineButtonProps {
  /** Whom the request was for: the dialog names them. */
  person: string;
  kind: 'INVITATION' | 'PROPOSAL';
  /** Runs with the reason (blank when none was given) and the guardrail findings confirmed in it; the dialog closes once it settles. */
  onDecline: (reason: string, confirmations: GuardrailConfirmation[]) => Promise<unknown>;
}

// Declining asks for an optional reason: its author is mailed, so the words go to a colleague.
export function DeclineButton({ person, kind, onDecline }: DeclineButtonProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  return (
    <ConfirmButton
      size="xs"
      variant="outline"
      color="red"
      label={t('approvals.decline')}
      question={t(`approvals.declineQuestion.${kind}`, { person })}
      confirmLabel={t('approvals.decline')}
      onConfirm={() => onDecline(reason.trim(), confirmations)}
    >
      <Textarea
        label={t('approvals.declineReason')}
        description={t('approvals.declineReasonHint')}
        resize="vertical"
        rows={3}
        maxLength={INVITATION_TEXT_MAX}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <FieldGuardrail
        label={t('approvals.declineReason')}
        text={reason}
        confirmations={confirmations}
        onConfirmationsChange={setConfirmations}
        onTextChange={setReason}
        headingOrder={3}
      />
    </ConfirmButton>
  );
}
