import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { GuardrailPanel } from '../guardrail/GuardrailPanel';
import { EditPostMutation } from './postDocuments';
import { useGuardedSource } from './useGuardedSource';

interface Conflict {
  source: string;
  version: number;
}

/** The current text the server sent with a CONFLICT (someone saved a newer version first). */
function conflictOf(error: unknown): Conflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT')?.extensions;
  const source = extensions?.['currentSource'];
  const version = extensions?.['currentVersion'];
  return typeof source === 'string' && typeof version === 'number' ? { source, version } : null;
}

interface EditPostFormProps {
  postId: string;
  source: string;
  version: number;
  onDone: () => void;
}

/**
 * Edits one's own post, optimistically locked: when a newer version was saved meanwhile (another tab), the author sees
 * that text beside their own, merges by hand or takes it, and saves against the newer version.
 */
export function EditPostForm({ postId, source: initial, version: initialVersion, onDone }: EditPostFormProps) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const text = useGuardedSource(initial);
  const [version, setVersion] = useState(initialVersion);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [edit, { loading }] = useMutation(EditPostMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await edit({ variables: { input: { id: postId, source: text.source, version, confirmations: text.confirmations } } });
      onDone();
    } catch (failure) {
      const current = conflictOf(failure);
      if (current) {
        setConflict(current);
        setVersion(current.version);
      } else setError(errorMessage(failure, { fields: [] }));
    }
  };

  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      {conflict && (
        <FormAlert kind="error" title={t('edit.conflictTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('edit.conflict')}</Text>
            <Code block aria-label={t('edit.currentText')}>
              {conflict.source}
            </Code>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => text.setSource(conflict.source)}>
                {t('edit.takeCurrent')}
              </Button>
            </Group>
          </Stack>
        </FormAlert>
      )}
      <Textarea
        label={t('edit.label')}
        rows={5}
        maxLength={20_000}
        value={text.source}
        onChange={(event) => text.setSource(event.currentTarget.value)}
      />
      {text.guardrail.findings.length > 0 && <GuardrailPanel {...text.panel} headingOrder={4} />}
      {error && <FormAlert kind="error">{error}</FormAlert>}
      <Group gap="xs">
        <Button type="submit" size="xs" loading={loading} disabled={text.source.trim() === '' || text.guardrail.unconfirmed.length > 0}>
          {conflict ? t('edit.saveMerged') : t('edit.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
