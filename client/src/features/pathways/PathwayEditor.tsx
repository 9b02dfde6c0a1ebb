import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { PATHWAY_REASON_MAX, type GuardrailConfirmation, type PublishedContacts } from '@strom/shared';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorState } from '../../ui/ErrorState';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useMutationForm } from '../../ui/useMutationForm';
import { PathwayDraftNotice } from './PathwayDraftNotice';
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
  const query = useQuery(PathwayEditorQuery, { variables: placeVariables(place) });
  const { error, refetch } = query;
  // A save leaves the cached draft without its steps, and the query reads it again: the form stays meanwhile.
  const data = query.data ?? query.previousData;
  // Loading someone else's draft starts the form again from it.
  const [generation, setGeneration] = useState(0);
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const pathway = data.referralPathway;
  if (pathway && !pathway.viewerCan.edit) return <FormAlert kind="error">{t('pathway.editor.notAllowed')}</FormAlert>;
  return (
    <PathwayEditorForm
      key={generation}
      place={place}
      countryCode={countryCode}
      backTo={backTo}
      initialSteps={toDrafts(pathway?.draft?.steps ?? [])}
      initialVersion={pathway?.latestVersion ?? 0}
      pathwayId={pathway?.id ?? null}
      publishedNumber={pathway?.published?.number ?? null}
      reload={async () => {
        await refetch();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

interface FormProps {
  place: PathwayPlace;
  countryCode: string;
  backTo: string;
  initialSteps: StepDraft[];
  initialVersion: number;
  pathwayId: string | null;
  publishedNumber: number | null;
  reload: () => Promise<void>;
}

function PathwayEditorForm({ place, countryCode, backTo, initialSteps, initialVersion, pathwayId, publishedNumber, reload }: FormProps) {
  const { t } = useTranslation();
  const organisations = useQuery(PathwayOrganisationsQuery, { variables: { countryCode } });
  const [save] = useMutation(SavePathwayDraftMutation);
  const [publish] = useMutation(PublishPathwayMutation);
  const [steps, setStepsOnly] = useState(initialSteps);
  const [base, setBase] = useState(initialVersion);
  const [id, setId] = useState(pathwayId);
  const [reason, setReasonOnly] = useState('');
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  // The new version's id: a save sent again unchanged (its answer was lost) is saved once; any edit makes a new one.
  const [versionId, setVersionId] = useState(() => crypto.randomUUID());
  const setSteps = (next: StepDraft[]) => {
    setStepsOnly(next);
    setVersionId(crypto.randomUUID());
  };
  const setReason = (next: string) => {
    setReasonOnly(next);
    setVersionId(crypto.randomUUID());
  };
  const organisationList = useMemo(() => organisations.data?.organisations.edges.map((e) => e.node) ?? [], [organisations.data]);
  // The directory's own phones and e-mails are public: naming them at a step is no victim's data.
  const publishedContacts = useMemo<PublishedContacts>(
    () => ({
      phones: organisationList.flatMap((o) => (o.phone ? [o.phone] : [])),
      emails: organisationList.flatMap((o) => (o.email ? [o.email] : [])),
    }),
    [organisationList],
  );
  const guard = { confirmations, onConfirmationsChange: setConfirmations, publishedContacts };
  const [saved, setSaved] = useState<number | null>(null);
  const [published, setPublished] = useState(publishedNumber);
  const [justPublished, setJustPublished] = useState<number | null>(null);

  const saving = useMutationForm(async () => {
    const input = { ...placeVariables(place), versionId, expectedVersion: base, reason, steps: toInputs(steps), confirmations };
    const result = await save({ variables: { input } });
    const changed = result.data?.savePathwayDraft;
    if (!changed) return;
    setId(changed.id);
    setBase(changed.latestVersion);
    setSaved(changed.latestVersion);
    setReason('');
  });
  const publishing = useMutationForm(async () => {
    const result = await publish({ variables: { input: { pathwayId: id!, number: base, expectedVersion: base } } });
    const number = result.data?.publishPathway.published?.number ?? null;
    setPublished(number);
    setJustPublished(number);
  });

  const onPublished = useCallback((number: number) => {
    setPublished(number);
    setJustPublished(null);
  }, []);
  const conflict = currentVersionOf(saving.error ?? publishing.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setJustPublished(null);
    void saving.submit();
  };
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
            organisations={organisationList}
            errors={saving.fieldErrors}
            guard={guard}
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
        <FieldGuardrail label={t('pathway.editor.reason')} text={reason} onTextChange={setReason} {...guard} />
        <PathwayDraftNotice
          place={place}
          pathway={id === null ? null : { id, latestVersion: base, publishedVersion: published }}
          onPublished={onPublished}
          reload={reload}
        />
        {conflict !== null ? (
          <FormAlert kind="error">
            <Stack gap="xs">
              <Text>{t('pathway.editor.conflict', { number: conflict })}</Text>
              <Group>
                <Button size="xs" variant="outline" onClick={() => void reload()}>
                  {t('pathway.editor.loadCurrent')}
                </Button>
              </Group>
            </Stack>
          </FormAlert>
        ) : (
          (saving.message ?? publishing.message) && <FormAlert kind="error">{saving.message ?? publishing.message}</FormAlert>
        )}
        {saved !== null && published !== saved && <FormAlert kind="success">{t('pathway.editor.saved', { number: saved })}</FormAlert>}
        {justPublished !== null && <FormAlert kind="success">{t('pathway.editor.published', { number: justPublished })}</FormAlert>}
        <Group>
          <Button type="submit" loading={saving.pending} disabled={!reason.trim()}>
            {t('pathway.editor.save')}
          </Button>
          {id !== null && base > 0 && published !== base && (
            <Button variant="outline" loading={publishing.pending} onClick={() => void publishing.submit()}>
              {t('pathway.editor.publish', { number: base })}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
