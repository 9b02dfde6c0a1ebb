import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { FactList } from '../../ui/FactList';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { ScopeLabel } from '../places/ScopeLabel';
import { OrganisationPeople } from './OrganisationPeople';
import classes from './OrganisationProfile.module.css';
import { ServiceCard } from './ServiceCard';

export const OrganisationProfileFragment = graphql(`
  fragment OrganisationProfile_organisation on Organisation {
    id
    name
    acronym
    type
    scope {
      ...ScopeLabel_scope
    }
    description
    website
    phone
    email
    viewerCan {
      edit
    }
    services {
      id
      ...ServiceCard_service
    }
  }
`);

export const OrganisationProfileQuery = graphql(`
  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {
    organisation(id: $id) {
      id
      ...OrganisationProfile_organisation
      ...OrganisationPeople_organisation
    }
  }
`);

// Only http(s) becomes a link: a stored `javascript:` URL must never be clickable.
function safeWebsite(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

// Public contacts: the server sends only what this reader may see (the organisation's ability table).
function OrganisationContacts({ website, phone, email }: { website: string | null; phone: string | null; email: string | null }) {
  const { t } = useTranslation();
  const contacts = [
    { key: 'phone', label: t('organisation.phone'), value: phone && <Anchor href={`tel:${phone}`}>{phone}</Anchor> },
    { key: 'email', label: t('organisation.email'), value: email && <Anchor href={`mailto:${email}`}>{email}</Anchor> },
    {
      key: 'website',
      label: t('organisation.website'),
      value: website && (
        <Anchor href={website} target="_blank" rel="noopener noreferrer">
          {website}
          <VisuallyHidden>{t('common.opensInNewTab')}</VisuallyHidden>
        </Anchor>
      ),
    },
  ];
  return <FactList facts={contacts} label={t('organisation.contacts')} />;
}

function OrganisationDetails({ organisation }: { organisation: FragmentType<typeof OrganisationProfileFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(OrganisationProfileFragment, organisation);
  const website = safeWebsite(data.website);

  return (
    <>
      <DocumentTitle page={data.name} />
      <Stack gap={4}>
        <Title order={1}>
          {data.name}
          {data.acronym && ` (${data.acronym})`}
        </Title>
        <Text size="lg">
          {t(`vocab.organisationTypes.${data.type}`)}
          {' · '}
          <ScopeLabel scope={data.scope} />
        </Text>
        {data.viewerCan.edit && (
          <Group>
            <Button component={Link} to={`/organisations/${data.id}/edit`} variant="outline">
              {t('organisation.edit')}
            </Button>
          </Group>
        )}
      </Stack>
      <OrganisationContacts website={website} phone={data.phone} email={data.email} />
      {data.description && <Text style={{ whiteSpace: 'pre-line' }}>{data.description}</Text>}
      <Section id="organisation-services" title={t('organisation.services')}>
        {data.services.length === 0 ? (
          <Text>{t('organisation.noServices')}</Text>
        ) : (
          <ul className={classes.services}>
            {data.services.map((service) => (
              <li key={service.id} className={classes.service}>
                <ServiceCard service={service} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function OrganisationProfile({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(OrganisationProfileQuery, {
    variables: { id, peopleFirst: PAGE_SIZE_DEFAULT },
  });

  // A malformed id in the URL is, to the reader, just an organisation that does not exist.
  if (data?.organisation === null || hasErrorCode(error, 'BAD_USER_INPUT', 'NOT_FOUND')) {
    return (
      <>
        <DocumentTitle page={t('organisation.notFoundTitle')} />
        <NotFoundState title={t('organisation.notFoundTitle')} message={t('organisation.notFoundMessage')}>
          <Anchor component={Link} to="/organisations">
            {t('organisation.backToDirectory')}
          </Anchor>
        </NotFoundState>
      </>
    );
  }
  if (data?.organisation) {
    return (
      <Stack gap="lg">
        <OrganisationDetails organisation={data.organisation} />
        <Section id="organisation-people" title={t('organisation.people')}>
          <OrganisationPeople organisation={data.organisation} onLoadMore={(after) => fetchMore({ variables: { peopleAfter: after } })} />
        </Section>
      </Stack>
    );
  }
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  return <PageSkeleton />;
}
