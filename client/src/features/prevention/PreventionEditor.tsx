import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { PREVENTION_PARTNERS_MAX, PREVENTION_REACH_NOTE_MAX, PREVENTION_TEXT_MAX, PREVENTION_TITLE_MAX } from '@strom/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { vocabKeys } from '../../app/vocab';
import { getFragmentData } from '../../gql';
import type { FormOfExploitation, PreventionVisibility, TargetGroup } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { useVocabOptions } from '../directory/vocabOptions';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { MaterialsEditor, type MaterialDraft } from './MaterialsEditor';
import { PlaceFields, type PlaceDraft } from './PlaceFields';
import { PreventionActivityFieldsFragment, PreventionPartnersQuery, SavePreventionActivityMutation } from './preventionDocuments';

/** Where the editor starts: a saved activity (with its version) or a new one under a client-chosen id. */
export interface PreventionStart {
  id: string;
  version: number | null;
  title: string;
  description: string;
  targetGroups: TargetGroup[];
  formsOfExploitation: FormOfExploitation[];
  place: PlaceDraft;
  startsOn: string;
  endsOn: string;
  peopleReached: string;
  reachNote: string;
  results: string;
  lessons: string;
  partners: readonly { id: string; name: string }[];
  materials: readonly { title: string; url: string; resourceId: string | null }[];
  visibility: PreventionVisibility;
}

// The dropdown opens at once: a fading one is still hidden when a keyboard user (or a test) picks from it.
const NO_TRANSITION = { transitionProps: { duration: 0 } };

const pick = <K extends string>(keys: readonly K[], values: readonly string[]) => keys.filter((key) => values.includes(key));

/** The activity's form. Every free text passes the victim-data guardrail as the member types, and again on the server. */
export function PreventionEditor({ start }: { start: PreventionStart }) {
  const { t } = useTranslation('prevention');
  const navigate = useNavigate();
  const [title, setTitle] = useState(start.title);
  const description = useGuardedText(start.description);
  const reachNote = useGuardedText(start.reachNote);
  const results = useGuardedText(start.results);
  const lessons = useGuardedText(start.lessons);
  const [targetGroups, setTargetGroups] = useState<TargetGroup[]>(start.targetGroups);
  const [forms, setForms] = useState<FormOfExploitation[]>(start.formsOfExploitation);
  const [place, setPlace] = useState(start.place);
  const [startsOn, setStartsOn] = useState(start.startsOn);
  const [endsOn, setEndsOn] = useState(start.endsOn);
  const [peopleReached, setPeopleReached] = useState(start.peopleReached);
  const [partnerIds, setPartnerIds] = useState(start.partners.map((partner) => partner.id));
  const [materials, setMaterials] = useState<MaterialDraft[]>(() => start.materials.map((m) => ({ ...m, key: crypto.randomUUID() })));
  const [shared, setShared] = useState(start.visibility === 'PUBLIC');
  const groupOptions = useVocabOptions('targetGroups');
  const formOptions = useVocabOptions('formsOfExploitation');
  // Partners are offered from the activity's country (region-wide organisations for a region-wide activity).
  const partnerFilter = place.level === 'REGIONAL' ? { level: 'REGIONAL' as const } : { countryCode: place.countryCode };
  const partners = useQuery(PreventionPartnersQuery, {
    variables: { filter: partnerFilter },
    skip: place.level !== 'REGIONAL' && !place.countryCode,
  });
  const partnerOptions = useMemo(() => {
    const offered = new Map((partners.data?.organisations.edges ?? []).map(({ node }) => [node.id, node.name]));
    // Partners already named stay choosable even when they are from elsewhere.
    for (const partner of start.partners) offered.set(partner.id, partner.name);
    return [...offered].map(([value, label]) => ({ value, label }));
  }, [partners.data, start.partners]);
  const [save] = useMutation(SavePreventionActivityMutation);
  const guarded = [description, reachNote, results, lessons];

  const form = useMutationForm(
    async () => {
      const result = await save({
        variables: {
          input: {
            id: start.id,
            expectedVersion: start.version,
            title,
            description: description.text,
            targetGroups,
            formsOfExploitation: forms,
            scope: {
              level: place.level,
              countryCode: place.level === 'REGIONAL' ? null : place.countryCode || null,
              municipalityId: place.level === 'LOCAL' ? place.municipalityId || null : null,
            },
            startsOn,
            endsOn: endsOn || null,
            peopleReached: peopleReached.trim() === '' ? null : Number(peopleReached),
            reachNote: reachNote.text || null,
            results: results.text || null,
            lessons: lessons.text || null,
            partnerIds,
            materials: materials.map(({ title: materialTitle, url, resourceId }) =>
              resourceId ? { resourceId } : { title: materialTitle, url },
            ),
            visibility: shared ? 'PUBLIC' : 'NETWORK',
            confirmations: guarded.flatMap((text) => text.confirmations),
          },
        },
      });
      const saved = getFragmentData(PreventionActivityFieldsFragment, result.data?.savePreventionActivity);
      if (saved) await navigate(`/prevention/${saved.id}`, { state: { saved: true } });
    },
    { CONFLICT: t('editor.conflict') },
  );
  const errors = form.fieldErrors;

  return (
    <form onSubmit={submitHandler(form)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('editor.activityTitle')}
          required
          maxLength={PREVENTION_TITLE_MAX}
          value={title}
          error={errors['title']}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <GuardedTextarea
          label={t('editor.description')}
          required
          value={description}
          maxLength={PREVENTION_TEXT_MAX}
          error={errors['description']}
        />
        <MultiSelect
          label={t('editor.targetGroups')}
          data={groupOptions}
          value={targetGroups}
          onChange={(values) => setTargetGroups(pick(vocabKeys('targetGroups'), values))}
          searchable
          comboboxProps={NO_TRANSITION}
        />
        <MultiSelect
          label={t('editor.forms')}
          data={formOptions}
          value={forms}
          onChange={(values) => setForms(pick(vocabKeys('formsOfExploitation'), values))}
          searchable
          comboboxProps={NO_TRANSITION}
        />
        <PlaceFields place={place} onChange={setPlace} errors={errors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('editor.startsOn')}
            type="date"
            required
            value={startsOn}
            error={errors['startsOn']}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            label={t('editor.endsOn')}
            description={t('editor.endsOnHint')}
            type="date"
            value={endsOn}
            error={errors['endsOn']}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('editor.peopleReached')}
          inputMode="numeric"
          value={peopleReached}
          error={errors['peopleReached']}
          onChange={(event) => setPeopleReached(event.currentTarget.value.replace(/\D/g, ''))}
        />
        <GuardedTextarea
          label={t('editor.reachNote')}
          value={reachNote}
          maxLength={PREVENTION_REACH_NOTE_MAX}
          error={errors['reachNote']}
        />
        <GuardedTextarea label={t('editor.results')} value={results} maxLength={PREVENTION_TEXT_MAX} error={errors['results']} />
        <GuardedTextarea label={t('editor.lessons')} value={lessons} maxLength={PREVENTION_TEXT_MAX} error={errors['lessons']} />
        <MultiSelect
          label={t('editor.partners')}
          description={t('editor.partnersHint')}
          data={partnerOptions}
          value={partnerIds}
          onChange={setPartnerIds}
          maxValues={PREVENTION_PARTNERS_MAX}
          searchable
          comboboxProps={NO_TRANSITION}
          error={errors['partnerIds']}
        />
        <MaterialsEditor materials={materials} onChange={setMaterials} errors={errors} />
        <Checkbox
          label={t('editor.public')}
          description={t('editor.publicHint')}
          checked={shared}
          onChange={(event) => setShared(event.currentTarget.checked)}
        />
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('editor.save')}
          </Button>
          <Button component={Link} to={start.version === null ? '/prevention' : `/prevention/${start.id}`} variant="outline">
            {t('editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
