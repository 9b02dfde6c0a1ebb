import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { GUIDELINE_LINK_MAX, GUIDELINE_STATUSES, GUIDELINE_TEXT_MAX } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineStatus } from '../../gql/graphql';
import { fieldErrorsOf, hasErrorCode } from '../../ui/graphqlError';
import { useFormat } from '../../ui/useFormat';
import { useGuardedText } from '../meetings/outcomes/useGuardedText';
import { EvidenceResourcePicker } from './EvidenceResourcePicker';
import { EvidenceStepPicker } from './EvidenceStepPicker';
import { GuidelineHistoryQuery, SetGuidelineStatusMutation } from './guidelineDocuments';
import { ResponsibleOrganisationPicker } from './ResponsibleOrganisationPicker';

export interface EditedItem {
  status: GuidelineStatus;
  version: number;
  reason: string | null;
  evidenceText: string | null;
  evidenceLink: string | null;
  evidenceStepId: string | null;
  evidenceResource: { id: string; title: string } | null;
  responsibleOrganisation: { id: string; name: string } | null;
  actionPoint: { key: string; label: string };
}

const isStatus = (value: string): value is GuidelineStatus => (GUIDELINE_STATUSES as readonly string[]).includes(value);

interface EditorProps {
  municipalityId: string;
  /** The directory search for a responsible organisation stays in the municipality's country. */
  countryCode: string;
  item: EditedItem;
  onClose: () => void;
}

function History({ municipalityId, actionPointKey }: { municipalityId: string; actionPointKey: string }) {
  const { t } = useTranslation('guidelines');
  const format = useFormat();
  const { data } = useQuery(GuidelineHistoryQuery, { variables: { municipalityId, actionPointKey }, fetchPolicy: 'cache-and-network' });
  const history = data?.guidelineProgress.history;
  if (!history) return null;
  if (history.length === 0) return <Text size="sm">{t('editor.noHistory')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {history.map((change) => (
        <List.Item key={change.id}>
          {format.dateTime(change.changedAt)} · {t(`status.${change.status}`)}
          {change.authorName ? ` · ${t('progress.by', { name: change.authorName })}` : ''}
          {change.evidenceText ? ` · ${change.evidenceText}` : ''}
        </List.Item>
      ))}
    </List>
  );
}

/** Review one action point: its status now, with evidence; the version it started from goes with the save. */
export function GuidelineStatusEditor({ municipalityId, countryCode, item, onClose }: EditorProps) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const [status, setStatus] = useState<GuidelineStatus>(item.status);
  const reason = useGuardedText(item.reason ?? '');
  const evidence = useGuardedText(item.evidenceText ?? '');
  const [link, setLink] = useState(item.evidenceLink ?? '');
  const [stepId, setStepId] = useState(item.evidenceStepId);
  const [resource, setResource] = useState(item.evidenceResource);
  const [responsible, setResponsible] = useState(item.responsibleOrganisation);
  // One id per opened form: a retried save is recorded once.
  const [clientId] = useState(() => crypto.randomUUID());
  const [save, { loading, error }] = useMutation(SetGuidelineStatusMutation);
  const fields = fieldErrorsOf(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((status === 'NOT_APPLICABLE' && reason.blocked) || evidence.blocked) return;
    try {
      await save({
        variables: {
          input: {
            clientId,
            municipalityId,
            actionPointKey: item.actionPoint.key,
            expectedVersion: item.version,
            status,
            // A reason belongs to NOT_APPLICABLE only: one left from an earlier review is dropped with the status.
            reason: status === 'NOT_APPLICABLE' ? reason.text.trim() || null : null,
            evidenceText: evidence.text.trim() || null,
            evidenceLink: link.trim() || null,
            evidenceStepId: stepId,
            evidenceResourceId: resource?.id ?? null,
            responsibleOrganisationId: responsible?.id ?? null,
            confirmations: [...(status === 'NOT_APPLICABLE' ? reason.confirmations : []), ...evidence.confirmations],
          },
        },
      });
      onClose();
    } catch {
      // Shown in the form below.
    }
  };

  return (
    <Modal.Root opened onClose={onClose} centered transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A plain <div> header: Mantine's <header> would be a second banner landmark (as in ui/ConfirmButton). */}
        <Modal.Header component="div">
          <Modal.Title>{t('editor.title', { key: item.actionPoint.key })}</Modal.Title>
          <Modal.CloseButton aria-label={tc('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="md">
              <Text size="sm">{item.actionPoint.label}</Text>
              <NativeSelect
                label={t('editor.status')}
                data-autofocus
                value={status}
                onChange={(e) => {
                  const chosen = e.currentTarget.value;
                  if (isStatus(chosen)) setStatus(chosen);
                }}
                data={GUIDELINE_STATUSES.map((key) => ({ value: key, label: t(`status.${key}`) }))}
              />
              {status === 'NOT_APPLICABLE' && (
                <>
                  <Textarea
                    label={t('editor.reason')}
                    required
                    maxLength={GUIDELINE_TEXT_MAX}
                    value={reason.text}
                    error={fields['reason']}
                    onChange={(e) => reason.setText(e.currentTarget.value)}
                  />
                  {reason.panel}
                </>
              )}
              <Textarea
                label={t('editor.evidenceText')}
                description={t('editor.evidenceTextHint')}
                maxLength={GUIDELINE_TEXT_MAX}
                autosize
                minRows={2}
                value={evidence.text}
                error={fields['evidenceText']}
                onChange={(e) => evidence.setText(e.currentTarget.value)}
              />
              {evidence.panel}
              <TextInput
                label={t('editor.evidenceLink')}
                type="url"
                maxLength={GUIDELINE_LINK_MAX}
                value={link}
                error={fields['evidenceLink']}
                onChange={(e) => setLink(e.currentTarget.value)}
              />
              <EvidenceStepPicker municipalityId={municipalityId} value={stepId} onChange={setStepId} error={fields['evidenceStepId']} />
              <EvidenceResourcePicker value={resource} onChange={setResource} error={fields['evidenceResourceId']} />
              <ResponsibleOrganisationPicker
                countryCode={countryCode}
                value={responsible}
                onChange={setResponsible}
                error={fields['responsibleOrganisationId']}
              />
              {hasErrorCode(error, 'CONFLICT') && (
                <Alert color="red" variant="outline" role="alert">
                  {t('editor.conflict')}
                </Alert>
              )}
              {error && !hasErrorCode(error, 'CONFLICT', 'BAD_USER_INPUT') && (
                <Alert color="red" variant="outline" role="alert">
                  {tc('errors.loadFailed')}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('editor.cancel')}
                </Button>
                <Button type="submit" loading={loading} disabled={(status === 'NOT_APPLICABLE' && reason.blocked) || evidence.blocked}>
                  {t('editor.save')}
                </Button>
              </Group>
              <Text fw={600} size="sm">
                {t('editor.history')}
              </Text>
              <History municipalityId={municipalityId} actionPointKey={item.actionPoint.key} />
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
