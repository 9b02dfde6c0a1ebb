import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import type { GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import type {
  BaselineAnswerInput,
  BaselineAssessmentFieldsFragment as Assessment,
  BaselinePartInput,
  BaselineQuestionsQuery,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { BaselinePartField, type PartDraft } from './BaselinePartField';
import {
  AcceptBaselineMutation,
  BaselineAssessmentFields,
  BaselineQuestionsQuery as QuestionsQuery,
  ReopenBaselineMutation,
  SaveBaselineDraftMutation,
  SubmitBaselineMutation,
} from './baselineDocuments';
import { BaselineStatusBadge } from './BaselineStatusBadge';
import { useBaselineLabels } from './useBaselineLabels';

type Questions = BaselineQuestionsQuery['baselineQuestions'];
type Drafts = Record<string, Record<string, PartDraft>>;

function draftsOf(assessment: Assessment): Drafts {
  return Object.fromEntries(
    assessment.answers.map((a) => [
      a.question,
      Object.fromEntries(a.parts.map((p) => [p.part, p.choice ?? p.options ?? p.number ?? p.text ?? undefined])),
    ]),
  );
}

/** The drafts as the mutation takes them: each part's value in the field of its kind; empty parts left out. */
function answersInput(questions: Questions, drafts: Drafts): BaselineAnswerInput[] {
  return questions.flatMap((q) => {
    const parts = q.parts.flatMap((p): BaselinePartInput[] => {
      const value = drafts[q.key]?.[p.key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
      if (p.kind === 'CHOICE') return [{ part: p.key, choice: String(value) }];
      if (p.kind === 'MULTI') return [{ part: p.key, options: Array.isArray(value) ? value : [] }];
      if (p.kind === 'TEXT') return [{ part: p.key, text: String(value) }];
      return [{ part: p.key, number: Number(value) }];
    });
    return parts.length ? [{ question: q.key, parts }] : [];
  });
}

interface Props {
  assessment: FragmentType<typeof BaselineAssessmentFields>;
  /**
   * Fetches the assessment again after a change (with what to tell the reader) or to see someone else's. The page
   * keeps the message: the form starts afresh from the new version.
   */
  onChanged: (done?: string) => Promise<unknown>;
}

/** The questionnaire of one municipality and year: answered by its answerers, reviewed by coordinators. */
export function BaselineForm({ assessment: masked, onChanged }: Props) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  const assessment = getFragmentData(BaselineAssessmentFields, masked);
  const { data } = useQuery(QuestionsQuery);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(assessment));
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const guard = { confirmations, onConfirmationsChange: setConfirmations };
  const [save] = useMutation(SaveBaselineDraftMutation);
  const [submit] = useMutation(SubmitBaselineMutation);
  const [accept] = useMutation(AcceptBaselineMutation);
  const [reopen] = useMutation(ReopenBaselineMutation);
  const questions = data?.baselineQuestions ?? [];
  const editable = assessment.viewerCan.edit;

  const form = useMutationForm(
    async (action: 'save' | 'submit' | 'accept' | 'reopen') => {
      if (action === 'save') {
        const answers = answersInput(questions, drafts);
        const input = { clientId: crypto.randomUUID(), municipalityId: assessment.municipalityId, year: assessment.year };
        await save({ variables: { input: { ...input, expectedVersion: assessment.version, answers, confirmations } } });
      } else {
        const input = { clientId: crypto.randomUUID(), assessmentId: assessment.id ?? '', expectedVersion: assessment.version };
        const run = { submit, accept, reopen }[action];
        await run({ variables: { input } });
      }
      await onChanged(t(action === 'save' ? 'saved' : action === 'submit' ? 'submitted' : action === 'accept' ? 'accepted' : 'reopened'));
    },
    { CONFLICT: t('lockedConflict'), fields: [] },
  );

  const set = (question: string, part: string, value: PartDraft) =>
    setDrafts((current) => ({ ...current, [question]: { ...current[question], [part]: value } }));

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <BaselineStatusBadge status={assessment.status} />
        {!editable && <Text size="sm">{t('readOnly')}</Text>}
      </Group>
      {assessment.missingRequired.length > 0 && assessment.status !== 'NOT_STARTED' && (
        <Text size="sm" data-testid="baseline-missing">
          {t('missing', { count: assessment.missingRequired.length, list: assessment.missingRequired.join(', ') })}
        </Text>
      )}
      <Actions assessment={assessment} pending={form.pending} run={(action) => void form.submit(action)} />
      {form.message && (
        <FormAlert kind="error">
          <Stack gap={4} align="flex-start">
            <Text size="sm">{form.message}</Text>
            <Button size="xs" variant="outline" onClick={() => void onChanged()}>
              {t('reload')}
            </Button>
          </Stack>
        </FormAlert>
      )}
      {questions.map((q) => (
        <Fieldset
          key={q.key}
          legend={
            <Title order={2} size="h5">
              {`${q.key} · ${q.question}`}{' '}
              {q.required && (
                <Badge size="xs" variant="outline" color="gray.8">
                  {t('required')}
                </Badge>
              )}
            </Title>
          }
        >
          <Stack gap="sm">
            {q.parts.map((p) =>
              editable ? (
                <BaselinePartField
                  key={p.key}
                  question={q.key}
                  part={p}
                  value={drafts[q.key]?.[p.key]}
                  onChange={(v) => set(q.key, p.key, v)}
                  error={form.fieldErrors[`answers.${q.key}.${p.key}`]}
                  guard={guard}
                />
              ) : (
                <ReadOnlyPart
                  key={p.key}
                  label={labels.part(q.key, p.key)}
                  value={assessment.answers.find((a) => a.question === q.key)?.parts.find((x) => x.part === p.key)}
                />
              ),
            )}
          </Stack>
        </Fieldset>
      ))}
      {editable && <Actions assessment={assessment} pending={form.pending} run={(action) => void form.submit(action)} />}
    </Stack>
  );
}

function ReadOnlyPart({
  label,
  value,
}: {
  label: string;
  value: Parameters<ReturnType<typeof useBaselineLabels>['value']>[0] | undefined;
}) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  return (
    <Text size="sm">
      <Text span fw={600}>{`${label}: `}</Text>
      {value ? labels.value(value) : t('noAnswer')}
    </Text>
  );
}

function Actions({
  assessment,
  pending,
  run,
}: {
  assessment: Assessment;
  pending: boolean;
  run: (action: 'save' | 'submit' | 'accept' | 'reopen') => void;
}) {
  const { t } = useTranslation('baseline');
  const can = assessment.viewerCan;
  if (!can.edit && !can.submit && !can.accept && !can.reopen) return null;
  return (
    <Group gap="sm">
      {can.edit && (
        <Button onClick={() => run('save')} loading={pending}>
          {t('saveDraft')}
        </Button>
      )}
      {can.submit && (
        <Button variant="outline" onClick={() => run('submit')} disabled={pending}>
          {t('submit')}
        </Button>
      )}
      {can.accept && (
        <Button onClick={() => run('accept')} loading={pending}>
          {t('accept')}
        </Button>
      )}
      {can.reopen && (
        <Button variant="outline" onClick={() => run('reopen')} disabled={pending}>
          {t('reopen')}
        </Button>
      )}
    </Group>
  );
}
