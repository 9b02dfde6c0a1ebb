import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LeaveGuard } from '../../../ui/LeaveGuard';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import { useMutationForm } from '../../../ui/useMutationForm';
import { MeetingPlanningQuery } from './planDocuments';
import { emptyDraft, PLAN_STEPS, stepProblems, type PlanDraft, type Problems } from './planDraft';
import type { Planning } from './PlanStepProps';
import { PlanStepList } from './PlanStepList';
import { ReviewStep } from './ReviewStep';
import { placesWithoutContactPoint, useCreatePlannedMeeting } from './useCreatePlannedMeeting';
import { useProblemOf } from './useProblemOf';
import { WhatStep } from './WhatStep';
import { WhenStep } from './WhenStep';
import { WhereStep } from './WhereStep';
import { WhoStep } from './WhoStep';
import { readerZone } from './zonedTime';

/** `/meetings/new`: what and scope → when → where → who → review, then the meeting is created in one go. */
export function MeetingPlanWizard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingPlanningQuery);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  if (!data.meetingPlanning.canPlan) return <EmptyState message={t('meetings.plan.notAllowed')} />;
  const planning: Planning = {
    regional: data.meetingPlanning.regional,
    countryCodes: data.meetingPlanning.countryCodes ?? null,
    countries: data.countries,
  };
  return <PlanForm planning={planning} />;
}

function PlanForm({ planning }: { planning: Planning }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PlanDraft>(() =>
    emptyDraft(crypto.randomUUID(), readerZone(), planning.regional ? 'REGIONAL' : 'NATIONAL'),
  );
  const [index, setIndex] = useState(0);
  const [problems, setProblems] = useState<Problems>({});
  const [createdPath, setCreatedPath] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const createMeeting = useCreatePlannedMeeting();
  const step = PLAN_STEPS[index]!;
  const last = index === PLAN_STEPS.length - 1;

  const form = useMutationForm(async (current: PlanDraft) => {
    const id = await createMeeting(current);
    setCreatedPath(current.when === 'POLL' ? `/meetings/${id}/poll` : `/meetings/${id}`);
  });
  const formRef = useFocusFirstInvalid([problems]);
  useEffect(() => {
    if (createdPath) void navigate(createdPath);
  }, [createdPath, navigate]);
  // The step's heading takes focus when the step changes (not on the first render: the page's h1 comes first there).
  const shownIndex = useRef(index);
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    headingRef.current?.focus();
  }, [index]);

  const update = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const problemOf = useProblemOf(problems);
  const go = (next: number) => {
    setProblems({});
    setIndex(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = stepProblems(step, draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (!last) go(index + 1);
    else void form.submit(draft);
  };
  const withoutContactPoint = placesWithoutContactPoint(form.error);
  const props = { draft, update, problemOf, planning };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('meetings.plan.formLabel')}>
      <LeaveGuard
        when={draft.title.trim() !== '' && !createdPath}
        title={t('meetings.plan.leave.title')}
        question={t('meetings.plan.leave.question')}
        stayLabel={t('meetings.plan.leave.stay')}
        leaveLabel={t('meetings.plan.leave.leave')}
      />
      <Stack gap="lg" maw={720}>
        <PlanStepList current={index} onGo={go} />
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
          {t('meetings.plan.stepHeading', { n: index + 1, of: PLAN_STEPS.length, step: t(`meetings.plan.steps.${step}`) })}
        </Title>
        {step === 'what' && <WhatStep {...props} />}
        {step === 'when' && <WhenStep {...props} />}
        {step === 'where' && <WhereStep {...props} />}
        {step === 'who' && <WhoStep {...props} />}
        {step === 'review' && (
          <ReviewStep
            {...props}
            withoutContactPoint={withoutContactPoint}
            onLeaveOut={(next) => {
              setDraft(next);
              void form.submit(next);
            }}
          />
        )}
        {form.message && withoutContactPoint.length === 0 && (
          <FormAlert kind="error" title={t('meetings.plan.failed')}>
            {form.message}
          </FormAlert>
        )}
        <Group justify="space-between">
          {index > 0 ? (
            <Button variant="default" onClick={() => go(index - 1)} disabled={form.pending}>
              {t('meetings.plan.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={form.pending}>
            {last ? t('meetings.plan.create') : t('meetings.plan.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
