import { useQuery } from '@apollo/client/react';
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { MEETING_PURPOSE_MAX, MEETING_TITLE_MAX, MEETING_VISIBILITIES, type Level, type MeetingVisibility } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { FieldGuardrail } from '../../guardrail/FieldGuardrail';
import type { PlanStepProps } from './PlanStepProps';
import { PlanMunicipalitiesQuery } from './planDocuments';

const isVisibility = (value: string): value is MeetingVisibility => (MEETING_VISIBILITIES as readonly string[]).includes(value);

/** What the meeting is for, and its scope: the levels and countries offered are those the server lets the planner use. */
export function WhatStep({ draft, update, problemOf, planning }: PlanStepProps) {
  const { t } = useTranslation();
  const levels: Level[] = [...(planning.regional ? (['REGIONAL'] as const) : []), 'NATIONAL', 'LOCAL'];
  const countries = planning.countryCodes
    ? planning.countries.filter((country) => planning.countryCodes?.includes(country.code))
    : planning.countries;
  const municipalities = useQuery(PlanMunicipalitiesQuery, {
    variables: { countryCode: draft.countryCode },
    skip: draft.level !== 'LOCAL' || !draft.countryCode,
  });
  return (
    <Stack gap="md">
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
        description={t('meetings.plan.purposeHint')}
        autosize
        minRows={3}
        maxLength={MEETING_PURPOSE_MAX}
        value={draft.purpose}
        onChange={(event) => update({ purpose: event.currentTarget.value })}
        error={problemOf('purpose')}
      />
      <FieldGuardrail
        label={t('meetings.plan.purpose')}
        text={draft.purpose}
        confirmations={draft.confirmations}
        onConfirmationsChange={(confirmations) => update({ confirmations })}
        onTextChange={(purpose) => update({ purpose })}
      />
      <NativeSelect
        label={t('meetings.plan.level')}
        value={draft.level}
        data={levels.map((value) => ({ value, label: t(`meetings.level.${value}`) }))}
        onChange={(event) => {
          const level = levels.find((value) => value === event.currentTarget.value);
          if (level) update({ level, municipalityId: '' });
        }}
      />
      {draft.level !== 'REGIONAL' && (
        <NativeSelect
          label={t('meetings.plan.country')}
          required
          value={draft.countryCode}
          data={[{ value: '', label: t('meetings.plan.choose') }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
          onChange={(event) => update({ countryCode: event.currentTarget.value, municipalityId: '' })}
          error={problemOf('countryCode')}
        />
      )}
      {draft.level === 'LOCAL' && (
        <NativeSelect
          label={t('meetings.plan.municipality')}
          required
          disabled={!draft.countryCode}
          value={draft.municipalityId}
          data={[
            { value: '', label: t('meetings.plan.choose') },
            ...(municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={(event) => update({ municipalityId: event.currentTarget.value })}
          error={problemOf('municipalityId')}
        />
      )}
      <NativeSelect
        label={t('meetings.plan.visibility')}
        description={t(`meetings.plan.visibilityHint.${draft.visibility}`)}
        value={draft.visibility}
        data={MEETING_VISIBILITIES.map((value) => ({ value, label: t(`meetings.plan.visibilityOption.${value}`) }))}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isVisibility(value)) update({ visibility: value });
        }}
      />
    </Stack>
  );
}
