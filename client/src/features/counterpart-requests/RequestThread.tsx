import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { COUNTERPART_MESSAGE_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestPage_RequestFragment } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { useMutationForm } from '../../ui/useMutationForm';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { PostCounterpartMessageMutation } from './requestDocuments';

/** The request's messages, oldest first, and a box to write one while the viewer may. */
export function RequestThread({ request }: { request: RequestPage_RequestFragment }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const body = useGuardedText();
  // A new id per message, kept across retries of the same one.
  const [id, setId] = useState(() => crypto.randomUUID());
  const [post] = useMutation(PostCounterpartMessageMutation);
  const form = useMutationForm(
    async () => {
      await post({ variables: { input: { id, requestId: request.id, body: body.text, confirmations: body.confirmations } } });
      body.setText('');
      body.setConfirmations([]);
      setId(crypto.randomUUID());
    },
    { CONFLICT: t('detail.conflict') },
  );
  return (
    <Section id="request-thread" title={t('detail.thread')}>
      {request.messages.length === 0 && <Text>{t('detail.noMessages')}</Text>}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {request.messages.map((message) => (
          <Paper key={message.id} component="li" withBorder p="sm">
            <Text size="sm" fw={500}>
              {message.authorName} · {format.dateTime(message.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{message.body}</Text>
          </Paper>
        ))}
      </Stack>
      {request.viewerCan.post && (
        <Stack
          gap="xs"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit();
          }}
        >
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          <GuardedTextarea
            label={t('detail.message')}
            value={body}
            maxLength={COUNTERPART_MESSAGE_MAX}
            error={form.fieldErrors['input.body']}
          />
          <Button
            type="submit"
            variant="outline"
            style={{ alignSelf: 'flex-start' }}
            loading={form.pending}
            disabled={!body.text.trim() || body.guard.unconfirmed.length > 0}
          >
            {t('detail.post')}
          </Button>
        </Stack>
      )}
    </Section>
  );
}
