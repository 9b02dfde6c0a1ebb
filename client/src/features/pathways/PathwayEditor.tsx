import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { PATHWAY_REASON_MAX } from '@strom/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useMutationForm } from '../../ui/useMutationForm';
import { StepEditor } from './StepEditor';
import { PathwayEditorQuery, PathwayOrganisationsQuery, PublishPathwayMutation, SavePathwayDraftMutation } from './pathwayDocuments';
import { placeVariables, type PathwayPlace } from './pathwayPlace';
import { emptyStep, move, toDrafts, toInputs, type StepDraft } from './stepDraft';

/** The number of the draft someone else saved, from a CONFLICT. */
function currentVersionOf(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const version = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT')?.extensions?.['currentVersion'];
  return typeof version === 'number' ? version : null;
}

// The draft's steps as a form: save makes a new version (with a reason), publish makes a version what members read.
// The version the editor started from goes with the save: someone else's newer draft is a CONFLICT, never overwritten.
export function PathwayEditor({ place, countryCode, backTo }: { place: PathwayPlace; countryCode: string; backTo: string }) {
  const { t } = useTranslation();
  const variables = placeVariables(place);
  const { data, error, refetch } = useQuery(PathwayEditorQuery, { variables });
  const organisations = useQuery(PathwayOrganisationsQuery, { variables: { countryCode } });
  const [save] = useMutation(SavePathwayDraftMutation);
  const [publish] = useMutation(PublishPathwayMutation);
  const [steps, setSteps] = useState<StepDraft[] | null>(null);
  const [base, setBase] = useState(0);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const pathway = data?.referralPathway;

  // The form starts from the latest draft, once, and again when the editor loads someone else's.
  useEffect(() => {
    if (data && steps === null) {
      setSteps(toDrafts(data.referralPathway?.draft?.steps ?? []));
      setBase(data.referralPathway?.latestVersion ?? 0);
    }
  }, [data, steps]);

  const saving = useMutationForm(async () => {
    const result = await save({ variables: { input: { ...variables, expectedVersion: base, reason, steps: toInputs(steps ?? []) } } });
    const number = result.data?.savePathwayDraft.latestVersion ?? base;
    // The first save creates the pathway: read it back, so publishing knows its id.
    if (!pathway) await refetch();
    setBase(number);
    setSaved(number);
    setReason('');
  });
  const publishing = useMutationForm(async () => {
    await publish({ variables: { input: { pathwayId: pathway!.id, number: base, expectedVersion: base } } });
  });

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data || steps === null) return <ListSkeleton />;
  if (pathway && !pathway.viewerCan.edit) return <FormAlert kind="error">{t('pathway.editor.notAllowed')}</FormAlert>;

  const conflict = currentVersionOf(saving.error ?? publishing.error);
  const loadCurrent = async () => {
    const fresh = await refetch();
    setSteps(toDrafts(fresh.data?.referralPathway?.draft?.steps ?? []));
    setBase(fresh.data?.referralPathway?.latestVersion ?? 0);
    saving.reset();
    publishing.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    void saving.submit();
  };
  const publishedNumber = pathway?.published?.number ?? null;
  const update = (index: number, step: StepDraft) => setSteps(steps.map((s, i) => (i === index ? step : s)));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Anchor component={Link} to={backTo}>
          {t('pathway.editor.back')}
        </Anchor>
        {steps.map((step, index) => (
          <StepEditor
            key={step.id}
            step={step}
            index={index}
            count={steps.length}
            organisations={organisations.data?.organisations.edges.map((e) => e.node) ?? []}
            errors={saving.fieldErrors}
            onChange={(next) => update(index, next)}
            onMove={(to) => setSteps(move(steps, index, to))}
            onRemove={() => setSteps(steps.filter((_, i) => i !== index))}
          />
        ))}
        <Group>
          <Button variant="outline" onClick={() => setSteps([...steps, emptyStep()])}>
            {t('pathway.editor.addStep')}
          </Button>
        </Group>
        <TextInput
          label={t('pathway.editor.reason')}
          required
          maxLength={PATHWAY_REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={saving.fieldErrors['reason']}
        />
        {conflict !== null ? (
          <FormAlert kind="error">
            <Stack gap="xs">
              <Text>{t('pathway.editor.conflict', { number: conflict })}</Text>
              <Group>
                <Button size="xs" variant="outline" onClick={() => void loadCurrent()}>
                  {t('pathway.editor.loadCurrent')}
                </Button>
              </Group>
            </Stack>
          </FormAlert>
        ) : (
          (saving.message || publishing.message) && <FormAlert kind="error">{saving.message ?? publishing.message}</FormAlert>
        )}
        {saved !== null && !saving.error && <FormAlert kind="success">{t('pathway.editor.saved', { number: saved })}</FormAlert>}
        {publishedNumber === base && base > 0 && <FormAlert kind="success">{t('pathway.editor.published', { number: base })}</FormAlert>}
        <Group>
          <Button type="submit" loading={saving.pending} disabled={!reason.trim()}>
            {t('pathway.editor.save')}
          </Button>
          {base > 0 && publishedNumber !== base && (pathway?.viewerCan.publish ?? true) && (
            <Button variant="outline" loading={publishing.pending} onClick={() => void publishing.submit()}>
              {t('pathway.editor.publish', { number: base })}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

