import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { COUNTERPART_OUTCOMES, COUNTERPART_REASON_MAX, type CounterpartOutcome } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestPage_RequestFragment } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { RequestForward } from './RequestForward';
import { AnswerCounterpartRequestMutation, CloseCounterpartRequestMutation } from './requestDocuments';

/** What the viewer may do now, as the server's `viewerCan` says: accept or decline (with a reason), or close. */
export function RequestActions({ request }: { request: RequestPage_RequestFragment }) {
  const { t } = useTranslation('requests');
  const [declining, setDeclining] = useState(false);
  const reason = useGuardedText();
  const [outcome, setOutcome] = useState<CounterpartOutcome | null>(null);
  const [answer] = useMutation(AnswerCounterpartRequestMutation);
  const [close] = useMutation(CloseCounterpartRequestMutation);
  const messages = { CONFLICT: t('detail.conflict') };
  const answering = useMutationForm(async (kind: 'ACCEPT' | 'DECLINE') => {
    await answer({
      variables: {
        input: {
          requestId: request.id,
          answer: kind,
          reason: kind === 'DECLINE' ? reason.text : null,
          confirmations: kind === 'DECLINE' ? reason.confirmations : [],
        },
      },
    });
  }, messages);
  const closing = useMutationForm(async () => {
    if (outcome) await close({ variables: { input: { requestId: request.id, outcome } } });
  }, messages);
  const { viewerCan } = request;
  if (!viewerCan.answer && !viewerCan.close) return null;
  return (
    <Stack gap="sm">
      {answering.message && <FormAlert kind="error">{answering.message}</FormAlert>}
      {closing.message && <FormAlert kind="error">{closing.message}</FormAlert>}
      {viewerCan.answer && (
        <Group>
          <Button onClick={() => void answering.submit('ACCEPT')} loading={answering.pending}>
            {t('detail.accept')}
          </Button>
          <Button variant="outline" onClick={() => setDeclining(!declining)} aria-expanded={declining}>
            {t('detail.decline')}
          </Button>
        </Group>
      )}
      {viewerCan.answer && declining && (
        <Stack gap="xs">
          <GuardedTextarea
            label={t('detail.declineReason')}
            value={reason}
            maxLength={COUNTERPART_REASON_MAX}
            required
            error={answering.fieldErrors['input.reason']}
          />
          <Button
            variant="outline"
            style={{ alignSelf: 'flex-start' }}
            disabled={!reason.text.trim()}
            onClick={() => void answering.submit('DECLINE')}
            loading={answering.pending}
          >
            {t('detail.declineSend')}
          </Button>
        </Stack>
      )}
      {viewerCan.forward && <RequestForward request={request} />}
      {viewerCan.close && (
        <Group align="flex-end">
          <Select
            label={t('outcome.label')}
            data={COUNTERPART_OUTCOMES.map((key) => ({ value: key, label: t(`outcome.${key}`) }))}
            value={outcome}
            onChange={(value) => setOutcome(COUNTERPART_OUTCOMES.find((key) => key === value) ?? null)}
          />
          <Button variant="outline" disabled={!outcome} onClick={() => void closing.submit()} loading={closing.pending}>
            {t('detail.close')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
