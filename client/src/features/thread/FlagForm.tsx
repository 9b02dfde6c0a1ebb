import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { FlagPostMutation } from './postDocuments';

/** Reports a post to the forum's moderators, with a reason they read in their queue. */
export function FlagForm({ postId, onDone }: { postId: string; onDone: () => void }) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FlagPostMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await flag({ variables: { postId, reason: reason.trim() } });
      setSent(true);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  if (sent) return <FormAlert kind="success">{t('flag.sent')}</FormAlert>;
  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      <Textarea
        label={t('flag.reason')}
        required
        maxLength={1000}
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      {error && <FormAlert kind="error">{error}</FormAlert>}
      <Group gap="xs">
        <Button type="submit" size="xs" loading={loading} disabled={reason.trim() === ''}>
          {t('flag.submit')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
