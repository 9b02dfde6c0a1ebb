import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { MunicipalityPrevention } from '../prevention/MunicipalityPrevention';
import { BaselineMunicipalityLink } from '../baseline/BaselineMunicipalityLink';
import { PathwaySection } from './PathwaySection';
import { useMunicipality } from './useMunicipality';

// The tracker (its table, editor and strings) loads only when a municipality's page is opened.
const GuidelineProgress = lazy(async () => ({ default: (await import('../guidelines/GuidelineProgress')).GuidelineProgress }));

const MunicipalityDirectoryQuery = graphql(`
  query MunicipalityDirectory($municipalityId: ID!, $countryCode: String!, $member: Boolean!) {
    organisations(first: 100, filter: { municipalityId: $municipalityId }) {
      edges {
        node {
          id
          name
          services {
            id
            kind
          }
        }
      }
    }
    contactPoints: experts(first: 5, filter: { municipalityId: $municipalityId, role: MUNICIPAL_CONTACT_POINT }) @include(if: $member) {
      edges {
        node {
          id
          fullName
          organisation {
            id
            name
          }
        }
      }
    }
    municipalityCounts(countryCode: $countryCode) {
      municipality {
        id
      }
      organisations
      experts
    }
  }
`);

function MunicipalityDirectory({ id, countryCode, member }: { id: string; countryCode: string; member: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MunicipalityDirectoryQuery, { variables: { municipalityId: id, countryCode, member } });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const counts = data.municipalityCounts.find((c) => c.municipality.id === id);
  const contactPoints = data.contactPoints?.edges ?? [];
  const organisations = data.organisations.edges.map((e) => e.node);
  return (
    <>
      <Section id="municipality-contact-point" title={t('municipality.contactPoint')}>
        {!member ? (
          <Text>{t('municipality.contactPointMembers')}</Text>
        ) : contactPoints.length === 0 ? (
          <Text>{t('municipality.noContactPoint')}</Text>
        ) : (
          <List>
            {contactPoints.map(({ node }) => (
              <List.Item key={node.id}>
                <Anchor component={Link} to={`/experts/${node.id}`}>
                  {node.fullName}
                </Anchor>
                {` · ${node.organisation.name}`}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="municipality-organisations" title={t('municipality.organisations')}>
        {organisations.length === 0 ? (
          <Text>{t('municipality.noOrganisations')}</Text>
        ) : (
          <List spacing="xs">
            {organisations.map((o) => (
              <List.Item key={o.id}>
                <Anchor component={Link} to={`/organisations/${o.id}`}>
                  {o.name}
                </Anchor>
                {o.services.length > 0 && (
                  <Group gap={4} mt={2}>
                    {o.services.map((s) => (
                      <Badge key={s.id} variant="outline" color="blue.9" tt="none">
                        {t(`vocab.services.${s.kind}`)}
                      </Badge>
                    ))}
                  </Group>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="municipality-coverage" title={t('municipality.coverage')}>
        <Text>
          {counts && counts.experts !== null
            ? t('municipality.coverageFacts', { organisations: counts.organisations, experts: counts.experts })
            : t('municipality.coverageOrganisations', { organisations: counts?.organisations ?? 0 })}
        </Text>
      </Section>
    </>
  );
}

// A municipality's page: its contact point, organisations and services, its referral pathway and gaps, its coverage,
// and (from the guidelines tracker) its progress.
export function MunicipalityPage({ id, member }: { id: string; member: boolean }) {
  const { t } = useTranslation();
  const { municipality, error, refetch } = useMunicipality(id);
  if (municipality === null) {
    return (
      <>
        <DocumentTitle page={t('municipality.notFoundTitle')} />
        <NotFoundState title={t('municipality.notFoundTitle')} message={t('municipality.notFoundMessage')} />
      </>
    );
  }
  if (!municipality) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const country = municipality.country;
  const directory = `/${member ? 'experts' : 'organisations'}?${new URLSearchParams({ country: country.code, municipality: municipality.id })}`;
  return (
    <Stack gap="lg">
      <DocumentTitle page={municipality.name} />
      <Stack gap={4}>
        <Title order={1}>{municipality.name}</Title>
        <Text size="lg">{country.name}</Text>
        <Anchor component={Link} to={directory}>
          {t('municipality.directory', { municipality: municipality.name })}
        </Anchor>
        {member && (
          <Anchor component={Link} to={`/requests/new?${new URLSearchParams({ municipality: municipality.id })}`}>
            {t('nav.askCounterpart')}
          </Anchor>
        )}
      </Stack>
      <MunicipalityDirectory id={municipality.id} countryCode={country.code} member={member} />
      <Section id="municipality-pathway" title={t('pathway.title')}>
        <PathwaySection
          place={{ municipalityId: municipality.id }}
          compareWith={`/pathways/compare?${new URLSearchParams({ a: municipality.id, b: country.code })}`}
        />
      </Section>
      <MunicipalityPrevention municipality={municipality} member={member} />
      <Section id="municipality-guidelines" title={t('municipality.guidelineProgress')}>
        <Suspense fallback={<ListSkeleton />}>
          <GuidelineProgress municipalityId={municipality.id} member={member} />
        </Suspense>
      </Section>
      {member && <BaselineMunicipalityLink municipalityId={municipality.id} />}
    </Stack>
  );
}
