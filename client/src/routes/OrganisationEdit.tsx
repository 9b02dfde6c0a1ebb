import { useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { OrganisationEditForm } from '../features/organisations/OrganisationEditForm';
import { OrganisationStewardship } from '../features/upkeep/OrganisationStewardship';
import { ServicesEditor } from '../features/upkeep/ServicesEditor';
import { graphql } from '../gql';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { hasErrorCode } from '../ui/graphqlError';
import { NotFoundState } from '../ui/NotFoundState';
import { PageHeader } from '../ui/PageHeader';
import { PageSkeleton } from '../ui/PageSkeleton';

export const OrganisationEditQuery = graphql(`
  query OrganisationEdit($id: ID!) {
    organisation(id: $id) {
      id
      name
      viewerCan {
        edit
      }
      ...OrganisationEditForm_organisation
      ...ServicesEditor_organisation
      ...OrganisationStewardship_organisation
    }
  }
`);

function OrganisationEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(OrganisationEditQuery, { variables: { id } });
  // Bumped by a reload after a conflict: the form restarts from the server's newer values.
  const [generation, setGeneration] = useState(0);

  if (data?.organisation === null || hasErrorCode(error, 'BAD_USER_INPUT', 'NOT_FOUND')) {
    return (
      <NotFoundState title={t('organisation.notFoundTitle')} message={t('organisation.notFoundMessage')}>
        <Anchor component={Link} to="/organisations">
          {t('organisation.backToDirectory')}
        </Anchor>
      </NotFoundState>
    );
  }
  const organisation = data?.organisation;
  if (!organisation) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('organisationEdit.title', { name: organisation.name })} />
      {organisation.viewerCan.edit ? (
        <>
          <OrganisationEditForm
            key={generation}
            organisation={organisation}
            onReload={async () => {
              await refetch();
              setGeneration((n) => n + 1);
            }}
          />
          <ServicesEditor organisation={organisation} />
          <OrganisationStewardship organisation={organisation} />
        </>
      ) : (
        <EmptyState message={t('organisationEdit.notAllowed')} />
      )}
    </Stack>
  );
}

export function OrganisationEdit() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('organisationEdit.signIn')}>{() => <OrganisationEditPage key={id} id={id} />}</RequireViewer>;
}
