import { useMutation } from '@apollo/client/react';
import { Alert, Autocomplete, Button, CloseButton, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { GUIDELINE_LABEL_MAX, GUIDELINE_TRANSLATIONS_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminActionPointFieldsFragment as ActionPoint } from '../../gql/graphql';
import { fieldErrorsOf, hasErrorCode } from '../../ui/graphqlError';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { getFragmentData } from '../../gql';
import {
  AdminActionPointFields,
  AdminActionPointsQuery,
  CreateActionPointMutation,
  UpdateActionPointMutation,
} from './actionPointDocuments';

interface Translation {
  language: string;
  label: string;
}

interface EditorProps {
  /** The action point to edit; null adds a new one. */
  point: ActionPoint | null;
  /** The themes and chapters the list has, offered (a new one may be typed). */
  themes: readonly string[];
  chapters: readonly string[];
  onClose: () => void;
  /** After a save, with the key of the point saved. */
  onSaved: (key: string) => void;
}

/** An action point's English label and its translations (a new one also takes a theme and chapter): admins only. */
export function ActionPointEditor({ point, themes, chapters, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const [label, setLabel] = useState(point?.label ?? '');
  const [theme, setTheme] = useState('');
  const [chapter, setChapter] = useState('');
  const [translations, setTranslations] = useState<Translation[]>(
    () => point?.translations.map(({ language, label: l }) => ({ language, label: l })) ?? [],
  );
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  // One id per opened form: a retried creation adds the point once.
  const [clientId] = useState(() => crypto.randomUUID());
  const options = { refetchQueries: [AdminActionPointsQuery], awaitRefetchQueries: true };
  const [update, updating] = useMutation(UpdateActionPointMutation, options);
  const [create, creating] = useMutation(CreateActionPointMutation, options);
  const error = point ? updating.error : creating.error;
  const fields = fieldErrorsOf(error);
  const guard = { confirmations, onConfirmationsChange: setConfirmations };
  const setTranslation = (index: number, change: Partial<Translation>) =>
    setTranslations(translations.map((tr, i) => (i === index ? { ...tr, ...change } : tr)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      label,
      translations: translations.map((tr) => ({ language: tr.language.trim().toLowerCase(), label: tr.label })),
      confirmations,
    };
    try {
      if (point) {
        await update({ variables: { input: { key: point.key, expectedVersion: point.version, ...common } } });
        onSaved(point.key);
      } else {
        const result = await create({ variables: { input: { clientId, theme, chapter, ...common } } });
        const created = result.data ? getFragmentData(AdminActionPointFields, result.data.createGuidelineActionPoint) : null;
        onSaved(created?.key ?? '');
      }
    } catch {
      // Shown in the form below.
    }
  };

  const unshown = Object.entries(fields).filter(([field]) => !/^(label|theme|chapter|translations\.\d+\.(language|label))$/.test(field));
  return (
    <Modal.Root opened onClose={onClose} centered size="lg" transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A plain <div> header: Mantine's <header> would be a second banner landmark (as in ui/ConfirmButton). */}
        <Modal.Header component="div">
          <Modal.Title>{point ? t('admin.editTitle', { key: point.key }) : t('admin.newTitle')}</Modal.Title>
          <Modal.CloseButton aria-label={tc('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="md">
              {!point && (
                <>
                  <Autocomplete
                    label={t('admin.theme')}
                    required
                    data={[...themes]}
                    value={theme}
                    onChange={setTheme}
                    error={fields['theme']}
                  />
                  <Autocomplete
                    label={t('admin.chapter')}
                    description={t('admin.chapterHint')}
                    required
                    data={[...chapters]}
                    value={chapter}
                    onChange={setChapter}
                    error={fields['chapter']}
                  />
                </>
              )}
              <Textarea
                label={t('admin.label')}
                required
                rows={3}
                maxLength={GUIDELINE_LABEL_MAX}
                value={label}
                onChange={(e) => setLabel(e.currentTarget.value)}
                error={fields['label']}
                data-autofocus
              />
              <FieldGuardrail label={t('admin.label')} text={label} onTextChange={setLabel} {...guard} />
              <Text fw={600} size="sm">
                {t('admin.translations')}
              </Text>
              {translations.length === 0 && <Text size="sm">{t('admin.noTranslations')}</Text>}
              {translations.map((tr, index) => (
                // Rows are edited in place and removed by index: the index is their identity while the form is open.
                // oxlint-disable-next-line react/no-array-index-key
                <Stack key={index} gap={4}>
                  <Group gap="xs" align="flex-start" wrap="nowrap">
                    <TextInput
                      label={t('admin.language', { number: index + 1 })}
                      description={t('admin.languageHint')}
                      maxLength={2}
                      w={110}
                      value={tr.language}
                      onChange={(e) => setTranslation(index, { language: e.currentTarget.value })}
                      error={fields[`translations.${index}.language`]}
                    />
                    <TextInput
                      label={t('admin.translatedLabel', { number: index + 1 })}
                      description={tr.language ? tr.language.toLowerCase() : ' '}
                      maxLength={GUIDELINE_LABEL_MAX}
                      style={{ flex: 1 }}
                      value={tr.label}
                      onChange={(e) => setTranslation(index, { label: e.currentTarget.value })}
                      error={fields[`translations.${index}.label`]}
                    />
                    <CloseButton
                      mt={28}
                      aria-label={t('admin.removeTranslation', { number: index + 1 })}
                      onClick={() => setTranslations(translations.filter((_, i) => i !== index))}
                    />
                  </Group>
                  <FieldGuardrail
                    label={t('admin.translatedLabel', { number: index + 1 })}
                    text={tr.label}
                    onTextChange={(text) => setTranslation(index, { label: text })}
                    headingOrder={4}
                    {...guard}
                  />
                </Stack>
              ))}
              <Group>
                <Button
                  variant="outline"
                  size="xs"
                  disabled={translations.length >= GUIDELINE_TRANSLATIONS_MAX}
                  onClick={() => setTranslations([...translations, { language: '', label: '' }])}
                >
                  {t('admin.addTranslation')}
                </Button>
              </Group>
              {hasErrorCode(error, 'CONFLICT') && (
                <Alert color="red.9" variant="outline" role="alert">
                  {t('admin.conflict')}
                </Alert>
              )}
              {unshown.length > 0 && (
                <Alert color="red.9" variant="outline" role="alert">
                  {unshown.map(([, message]) => message).join(' ')}
                </Alert>
              )}
              {error && !hasErrorCode(error, 'CONFLICT', 'BAD_USER_INPUT') && (
                <Alert color="red.9" variant="outline" role="alert">
                  {errorMessage(error)}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('editor.cancel')}
                </Button>
                <Button type="submit" loading={updating.loading || creating.loading}>
                  {point ? t('admin.save') : t('admin.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
