import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { BaselineAssessmentFields, BaselineAssessmentQuery } from './baselineDocuments';
import { BaselineForm } from './BaselineForm';

/** /m/:id/baseline/:year — the questionnaire of one municipality and year. */
export function BaselineAssessmentPage({ municipalityId, year }: { municipalityId: string; year: number }) {
  const { t } = useTranslation('baseline');
  const { data, error, refetch } = useQuery(BaselineAssessmentQuery, { variables: { municipalityId, year } });
  const [done, setDone] = useState<string | null>(null);
  if (error && !data) {
    if (hasErrorCode(error, 'FORBIDDEN', 'UNAUTHENTICATED')) return <NotFoundState title={t('title')} message={t('notAllowed')} />;
    if (hasErrorCode(error, 'NOT_FOUND', 'BAD_USER_INPUT')) return <NotFoundState title={t('title')} message={t('noYears')} />;
    return <ErrorState onRetry={() => void refetch()} />;
  }
  if (!data) return <PageSkeleton />;
  const assessment = getFragmentData(BaselineAssessmentFields, data.baselineAssessment);
  return (
    <Stack gap="lg">
      <PageHeader
        title={`${t('titleYear', { year })}: ${assessment.municipalityName}`}
        intro={
          <Group gap="md" component="span">
            <Anchor component={Link} to={`/m/${municipalityId}`}>
              {assessment.municipalityName}
            </Anchor>
            <Anchor component={Link} to={`/m/${municipalityId}/baseline`}>
              {t('compare')}
            </Anchor>
          </Group>
        }
      />
      {done && <FormAlert kind="success">{done}</FormAlert>}
      <BaselineForm
        key={`${assessment.id ?? 'new'}:${assessment.version}`}
        assessment={data.baselineAssessment}
        onChanged={async (message) => {
          setDone(null);
          await refetch();
          if (message) setDone(message);
        }}
      />
    </Stack>
  );
}
