import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { MEETING_PURPOSE_MAX, MEETING_TITLE_MAX, MEETING_VISIBILITIES, type GuardrailConfirmation } from '@strom/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getFragmentData } from '../../../gql';
import type { MeetingDetail_MeetingFragment } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { NotFoundState } from '../../../ui/NotFoundState';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import { useMutationForm } from '../../../ui/useMutationForm';
import { FieldGuardrail } from '../../guardrail/FieldGuardrail';
import { MeetingDetailFragment, MeetingDetailQuery } from '../meetingDocuments';
import { PlanUpdateMeetingMutation } from './planDocuments';
import { emptyDraft, slotInstants, stepProblems, type PlanDraft, type Problems } from './planDraft';
import { zoneOptions } from './planZones';
import { SlotFields } from './SlotFields';
import { useProblemOf } from './useProblemOf';
import { WhereStep } from './WhereStep';
import { readerZone, wallTimeIn } from './zonedTime';

/** `/meetings/:id/edit`: a DRAFT or SCHEDULED meeting's details, for its hosts (a new time tells everyone invited). */
export function MeetingEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingDetailQuery, { variables: { id } });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  if (!data.meeting) return <NotFoundState title={t('meetings.edit.title')} message={t('meetings.notFound')} />;
  const meeting = getFragmentData(MeetingDetailFragment, data.meeting);
  if (!meeting.viewerCan.manage || (meeting.status !== 'DRAFT' && meeting.status !== 'SCHEDULED'))
    return <EmptyState message={t('meetings.edit.notAllowed')} />;
  return <MeetingEditForm meeting={meeting} />;
}

function draftOf(meeting: MeetingDetail_MeetingFragment): PlanDraft {
  const wall = (iso: string | null | undefined) => (iso ? wallTimeIn(new Date(iso), meeting.timeZone) : '');
  return {
    ...emptyDraft(meeting.id, meeting.timeZone, meeting.level),
    title: meeting.title,
    purpose: meeting.purpose ?? '',
    visibility: meeting.visibility,
    when: meeting.startsAt ? 'FIXED' : 'POLL',
    fixed: { start: wall(meeting.startsAt), end: wall(meeting.endsAt) },
    format: meeting.format,
    venue: meeting.venue ?? '',
    onlineLink: meeting.onlineLink ?? '',
    capacity: meeting.capacity == null ? '' : String(meeting.capacity),
  };
}

function MeetingEditForm({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => draftOf(meeting));
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState(false);
  const [updateMeeting] = useMutation(PlanUpdateMeetingMutation);
  const update = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const problemOf = useProblemOf(problems);
  const form = useMutationForm(async () => {
    const fixed = draft.when === 'FIXED' ? slotInstants(draft.fixed, draft.timeZone) : null;
    const purposeChanged = draft.purpose !== initial.purpose;
    await updateMeeting({
      variables: {
        input: {
          id: meeting.id,
          expectedVersion: meeting.version,
          title: draft.title.trim(),
          ...(purposeChanged ? { purpose: draft.purpose.trim() || null } : {}),
          confirmations: draft.confirmations satisfies GuardrailConfirmation[],
          ...(fixed ? fixed : {}),
          timeZone: draft.timeZone,
          format: draft.format,
          venue: draft.format === 'ONLINE' ? null : draft.venue.trim() || null,
          onlineLink: draft.format === 'IN_PERSON' ? null : draft.onlineLink.trim() || null,
          capacity: draft.capacity.trim() ? Number(draft.capacity) : null,
          visibility: draft.visibility,
        },
      },
    });
    setSaved(true);
  });
  const formRef = useFocusFirstInvalid([problems]);
  useEffect(() => {
    if (saved) void navigate(`/meetings/${meeting.id}`);
  }, [saved, navigate, meeting.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...stepProblems('what', { ...draft, level: 'REGIONAL' }),
      ...(draft.when === 'FIXED' ? stepProblems('when', draft) : {}),
      ...stepProblems('where', draft),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) void form.submit();
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('meetings.edit.formLabel')}>
      <Stack gap="md" maw={720}>
        <TextInput
          label={t('meetings.plan.title')}
          required
          maxLength={MEETING_TITLE_MAX}
          value={draft.title}
          onChange={(event) => update({ title: event.currentTarget.value })}
          error={problemOf('title')}
        />
        <Textarea
          label={t('meetings.plan.purpose')}
          autosize
          minRows={3}
          maxLength={MEETING_PURPOSE_MAX}
          value={draft.purpose}
          onChange={(event) => update({ purpose: event.currentTarget.value })}
        />
        <FieldGuardrail
          label={t('meetings.plan.purpose')}
          text={draft.purpose}
          initial={initial.purpose}
          confirmations={draft.confirmations}
          onConfirmationsChange={(confirmations) => update({ confirmations })}
          onTextChange={(purpose) => update({ purpose })}
        />
        <NativeSelect
          label={t('meetings.plan.visibility')}
          value={draft.visibility}
          data={MEETING_VISIBILITIES.map((value) => ({ value, label: t(`meetings.plan.visibilityOption.${value}`) }))}
          onChange={(event) => {
            const visibility = MEETING_VISIBILITIES.find((value) => value === event.currentTarget.value);
            if (visibility) update({ visibility });
          }}
        />
        <NativeSelect
          label={t('meetings.plan.timeZone')}
          value={draft.timeZone}
          data={zoneOptions(readerZone(), draft.timeZone)}
          onChange={(event) => update({ timeZone: event.currentTarget.value })}
        />
        {draft.when === 'FIXED' && (
          <SlotFields
            legend={t('meetings.plan.fixedLegend')}
            slot={draft.fixed}
            timeZone={draft.timeZone}
            onChange={(fixed) => update({ fixed })}
            startError={problemOf('fixed.start')}
            endError={problemOf('fixed.end')}
          />
        )}
        <WhereStep draft={draft} update={update} problemOf={problemOf} planning={{ regional: false, countryCodes: [], countries: [] }} />
        {form.message && (
          <FormAlert kind="error" title={t('meetings.edit.failed')}>
            {form.message}
          </FormAlert>
        )}
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('meetings.edit.save')}
          </Button>
          <Anchor component={Link} to={`/meetings/${meeting.id}`}>
            {t('meetings.edit.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
