import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { TagList } from '../../ui/TagList';
import { useFormat } from '../../ui/useFormat';
import { SignInRequired } from '../auth/SignInRequired';
import { ProfileCounterparts } from '../counterparts/ProfileCounterparts';
import { AffiliationLine } from './AffiliationLine';
import { ExpertContacts } from './ExpertContacts';
import { RoleAssignments } from './RoleAssignments';

export const ExpertProfileFragment = graphql(`
  fragment ExpertProfile_expert on Expert {
    id
    fullName
    title
    ...AffiliationLine_expert
    languages
    bio
    formsOfExploitation
    topics
    availableForConsultation
    roles {
      id
      role
      status
      ...RoleAssignments_role
    }
    viewerCan {
      edit
    }
    ...ExpertContacts_expert
  }
`);

export const ExpertProfileQuery = graphql(`
  query ExpertProfile($id: ID!) {
    expert(id: $id) {
      id
      ...ExpertProfile_expert
    }
  }
`);

function ExpertDetails({ expert }: { expert: FragmentType<typeof ExpertProfileFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = getFragmentData(ExpertProfileFragment, expert);

  return (
    <Stack gap="lg">
      <DocumentTitle page={data.fullName} />
      <Stack gap={4}>
        <Title order={1}>{data.fullName}</Title>
        {data.title && <Text size="lg">{data.title}</Text>}
        <Text>
          <AffiliationLine expert={data} />
        </Text>
        {(data.availableForConsultation || data.viewerCan.edit) && (
          <Group gap="sm">
            {data.availableForConsultation && (
              <Badge color="teal.9" variant="filled" tt="none" size="lg">
                {t('expert.available')}
              </Badge>
            )}
            {data.viewerCan.edit && (
              <Button component={Link} to="/account" variant="outline" size="xs">
                {t('expert.edit')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Section id="expert-contacts" title={t('expert.contacts')}>
        <ExpertContacts expert={data} emptyMessage={t('expert.noContacts')} />
      </Section>
      {data.bio && (
        <Section id="expert-about" title={t('expert.about')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{data.bio}</Text>
        </Section>
      )}
      {data.languages.length > 0 && (
        <Section id="expert-languages" title={t('expert.languages')}>
          <TagList label={t('expert.languages')} tags={data.languages.map((code) => ({ key: code, label: format.languageName(code) }))} />
        </Section>
      )}
      {data.formsOfExploitation.length > 0 && (
        <Section id="expert-forms" title={t('expert.formsOfExploitation')}>
          <TagList
            label={t('expert.formsOfExploitation')}
            tags={data.formsOfExploitation.map((form) => ({
              key: form,
              label: t(`vocab.formsOfExploitation.${form}`),
            }))}
          />
        </Section>
      )}
      {data.topics.length > 0 && (
        <Section id="expert-topics" title={t('expert.topics')}>
          <TagList label={t('expert.topics')} tags={data.topics.map((topic) => ({ key: topic, label: topic }))} />
        </Section>
      )}
      <Section id="expert-roles" title={t('expert.roles')}>
        <RoleAssignments roles={data.roles} />
      </Section>
      <ProfileCounterparts
        roles={data.roles.filter((assignment) => assignment.status === 'CURRENT').map((assignment) => assignment.role)}
      />
    </Stack>
  );
}

export function ExpertProfile({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ExpertProfileQuery, { variables: { id } });

  // Profiles are for members (DESIGN §8); a signed-out reader is asked to sign in, not shown an error.
  if (hasErrorCode(error, 'UNAUTHENTICATED')) {
    return (
      <Stack gap="md">
        <DocumentTitle page={t('expert.signInTitle')} />
        <Title order={1}>{t('expert.signInTitle')}</Title>
        <SignInRequired message={t('expert.signIn')} />
      </Stack>
    );
  }

  // A malformed id in the URL is, to the reader, just a profile that does not exist.
  const notFound = data?.expert === null || hasErrorCode(error, 'BAD_USER_INPUT', 'NOT_FOUND');
  if (notFound) {
    return (
      <>
        <DocumentTitle page={t('expert.notFoundTitle')} />
        <NotFoundState title={t('expert.notFoundTitle')} message={t('expert.notFoundMessage')}>
          <Anchor component={Link} to="/experts">
            {t('expert.backToDirectory')}
          </Anchor>
        </NotFoundState>
      </>
    );
  }
  if (data?.expert) return <ExpertDetails expert={data.expert} />;
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  return <PageSkeleton />;
}
