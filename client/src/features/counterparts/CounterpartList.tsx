import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { ResultList } from '../../ui/ResultList';
import { SignInRequired } from '../auth/SignInRequired';
import { CounterpartCard, type CounterpartTargetKind } from './CounterpartCard';

export const COUNTERPARTS_SHOWN = 20;

export const CounterpartsQuery = graphql(`
  query Counterparts($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int!) {
    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {
      expert {
        id
      }
      ...CounterpartCard_counterpart
    }
  }
`);

interface CounterpartListProps {
  role: Role;
  /** Exactly one of the two (the server answers BAD_USER_INPUT otherwise). */
  target: { municipalityId: string } | { countryCode: string };
  placeName: string;
}

export function CounterpartList({ role, target, placeName }: CounterpartListProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CounterpartsQuery, { variables: { role, ...target, first: COUNTERPARTS_SHOWN } });
  const kind: CounterpartTargetKind = 'municipalityId' in target ? 'municipality' : 'country';

  let body;
  if (hasErrorCode(error, 'UNAUTHENTICATED')) body = <SignInRequired message={t('counterparts.signIn')} />;
  // A place that does not exist (an old or mistyped link): nobody to show, nothing to retry.
  else if (hasErrorCode(error, 'BAD_USER_INPUT', 'NOT_FOUND')) body = <ErrorState message={t('counterparts.empty')} />;
  else {
    const counterparts = data?.counterparts;
    body = (
      <ResultList
        label={t('counterparts.listLabel')}
        items={counterparts?.map((counterpart) => ({
          key: counterpart.expert.id,
          node: <CounterpartCard counterpart={counterpart} target={kind} />,
        }))}
        totalCount={counterparts?.length ?? 0}
        hasMore={false}
        error={error}
        onRetry={() => void refetch()}
        onLoadMore={() => Promise.resolve()}
        empty={<EmptyState message={t('counterparts.empty')} />}
      />
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="counterparts-heading">
      <Title order={2} id="counterparts-heading">
        {t('counterparts.resultsHeading', { place: placeName })}
      </Title>
      {body}
    </Stack>
  );
}
