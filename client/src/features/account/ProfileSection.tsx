import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { ProfileForm } from './ProfileForm';

export const MyProfileQuery = graphql(`
  query MyProfile {
    viewer {
      id
      expert {
        id
        version
        ...ProfileForm_expert
      }
    }
  }
`);

export function ProfileSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyProfileQuery);
  const [saved, setSaved] = useState(false);
  const expert = data?.viewer?.expert;

  let body;
  if (data && !expert) body = <EmptyState message={t('account.profile.none')} />;
  else if (expert) {
    body = (
      <Stack gap="sm">
        {/* Keyed by version: a save or a reload after a conflict restarts the form from the server's values. */}
        <ProfileForm
          key={`${expert.id}:${expert.version}`}
          expert={expert}
          saved={saved}
          onSaved={() => setSaved(true)}
          onReload={() => {
            setSaved(false);
            return refetch();
          }}
        />
      </Stack>
    );
  } else body = error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={3} />;

  return (
    <Section id="account-profile" title={t('account.profile.title')}>
      {body}
    </Section>
  );
}
