import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const PublishedStepsQuery = graphql(`
  query GuidelineEvidenceSteps($municipalityId: ID!) {
    referralPathway(municipalityId: $municipalityId) {
      id
      published {
        id
        number
        steps {
          id
          position
          stage
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

interface PickerProps {
  municipalityId: string;
  value: string | null;
  onChange: (stepId: string | null) => void;
  error?: string | undefined;
}

// Evidence may be a step of the municipality's published pathway ("the police identify, then call the shelter").
// A step chosen before that is no longer published stays chosen, named as such, until the reviewer changes it.
export function EvidenceStepPicker({ municipalityId, value, onChange, error }: PickerProps) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const { data, loading, error: loadError } = useQuery(PublishedStepsQuery, { variables: { municipalityId } });
  const steps = data?.referralPathway?.published?.steps ?? [];
  const known = value === null || steps.some((step) => step.id === value);
  const description = loading
    ? tc('common.loading')
    : loadError
      ? tc('errors.loadFailed')
      : steps.length === 0
        ? t('editor.evidenceStepNone')
        : t('editor.evidenceStepHint', { number: data?.referralPathway?.published?.number });
  return (
    <NativeSelect
      label={t('editor.evidenceStep')}
      description={description}
      value={value ?? ''}
      disabled={loading && !data}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      data={[
        { value: '', label: t('editor.evidenceStepEmpty') },
        ...(known ? [] : [{ value: value!, label: t('editor.evidenceStepGone') }]),
        ...steps.map((step) => ({
          value: step.id,
          label: t('editor.evidenceStepOption', {
            position: step.position,
            stage: tc(`vocab.nrmStages.${step.stage}`),
            organisation: step.organisation?.name ?? t('editor.evidenceStepNoOrganisation'),
          }),
        })),
      ]}
    />
  );
}
