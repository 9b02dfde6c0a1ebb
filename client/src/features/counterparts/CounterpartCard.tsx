import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { CounterpartCard_CounterpartFragment, CounterpartReason } from '../../gql/graphql';
import { useFormat } from '../../ui/useFormat';
import { ExpertContacts } from '../experts/ExpertContacts';
import { ScopeLabel } from '../places/ScopeLabel';

export const CounterpartCardFragment = graphql(`
  fragment CounterpartCard_counterpart on Counterpart {
    reason
    roleAssignment {
      id
      role
      scope {
        country {
          code
          name
        }
        municipality {
          id
          name
        }
        ...ScopeLabel_scope
      }
    }
    expert {
      id
      fullName
      title
      languages
      availableForConsultation
      organisation {
        id
        name
      }
      ...ExpertContacts_expert
    }
  }
`);

export type CounterpartTargetKind = 'municipality' | 'country';

function useReason(counterpart: CounterpartCard_CounterpartFragment, target: CounterpartTargetKind): string {
  const { t } = useTranslation();
  const { scope } = counterpart.roleAssignment;
  const country = scope.country?.name ?? '';
  const reasons: Record<CounterpartReason, () => string> = {
    // For a country, "here" is the national level of that country.
    SAME_ROLE_HERE: () =>
      target === 'municipality'
        ? t('counterparts.reason.SAME_ROLE_HERE_municipality', { place: scope.municipality?.name ?? country })
        : t('counterparts.reason.SAME_ROLE_HERE_country', { place: country }),
    SAME_ROLE_NATIONAL: () => t('counterparts.reason.SAME_ROLE_NATIONAL', { country }),
    SAME_ROLE_IN_MUNICIPALITY: () =>
      t('counterparts.reason.SAME_ROLE_IN_MUNICIPALITY', { municipality: scope.municipality?.name ?? country }),
    CONTACT_POINT: () => t('counterparts.reason.CONTACT_POINT'),
  };
  return reasons[counterpart.reason]();
}

// Exact matches stand out; the fallbacks (national level, elsewhere, contact point) are quieter.
const reasonVariant = {
  SAME_ROLE_HERE: 'filled',
  SAME_ROLE_NATIONAL: 'outline',
  SAME_ROLE_IN_MUNICIPALITY: 'outline',
  CONTACT_POINT: 'outline',
} as const;

interface CounterpartCardProps {
  counterpart: FragmentType<typeof CounterpartCardFragment>;
  target: CounterpartTargetKind;
}

export function CounterpartCard({ counterpart: masked, target }: CounterpartCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const counterpart = getFragmentData(CounterpartCardFragment, masked);
  const { expert, roleAssignment } = counterpart;
  const reason = useReason(counterpart, target);

  return (
    <Stack gap={4}>
      <Group gap="xs" align="center">
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/experts/${expert.id}`} inherit>
            {expert.fullName}
          </Anchor>
        </Title>
        <Badge variant={reasonVariant[counterpart.reason]} color="blue.9" tt="none" radius="sm" data-testid="counterpart-reason">
          {reason}
        </Badge>
        {expert.availableForConsultation && (
          <Badge variant="outline" color="teal.9" tt="none" radius="sm">
            {t('counterparts.available')}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {t(`vocab.roles.${roleAssignment.role}`)}
        {', '}
        <ScopeLabel scope={roleAssignment.scope} />
      </Text>
      <Text size="sm">
        {expert.title && `${expert.title} · `}
        <Anchor component={Link} to={`/organisations/${expert.organisation.id}`} inherit>
          {expert.organisation.name}
        </Anchor>
      </Text>
      {expert.languages.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('expert.speaks', { languages: expert.languages.map(format.languageName).join(', ') })}
        </Text>
      )}
      <ExpertContacts expert={expert} size="sm" />
    </Stack>
  );
}
