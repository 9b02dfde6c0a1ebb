import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { AffiliationLine } from '../experts/AffiliationLine';
import { HitPlace } from './HitPlace';
import { ScopeLabel } from '../places/ScopeLabel';

export const SearchHitExpertFragment = graphql(`
  fragment SearchHit_expert on Expert {
    id
    fullName
    title
    organisation {
      name
    }
    country {
      name
    }
    municipality {
      id
      name
    }
    ...AffiliationLine_expert
  }
`);

export const SearchHitOrganisationFragment = graphql(`
  fragment SearchHit_organisation on Organisation {
    id
    name
    acronym
    type
    scope {
      level
      country {
        name
      }
      municipality {
        id
        name
      }
      ...ScopeLabel_scope
    }
  }
`);

export type HitKind = 'expert' | 'organisation' | 'thread' | 'post' | 'resource';

const BADGES = {
  expert: { label: 'search.typeExpert', color: 'teal.9' },
  organisation: { label: 'search.typeOrganisation', color: 'blue.9' },
  thread: { label: 'search.typeThread', color: 'grape.9' },
  post: { label: 'search.typePost', color: 'indigo.9' },
  resource: { label: 'search.typeResource', color: 'pink.9' },
} as const satisfies Record<HitKind, { label: string; color: string }>;

export function HitFrame({ kind, name, to, children }: { kind: HitKind; name: string; to: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="center">
        <Badge variant="outline" color={BADGES[kind].color} tt="none" radius="sm" style={{ flexShrink: 0 }}>
          {t(BADGES[kind].label)}
        </Badge>
        <Title order={2} size="h4">
          <Anchor component={Link} to={to} inherit>
            {name}
          </Anchor>
        </Title>
      </Group>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

export function ExpertHit({ expert }: { expert: FragmentType<typeof SearchHitExpertFragment> }) {
  const data = getFragmentData(SearchHitExpertFragment, expert);
  return (
    <HitFrame kind="expert" name={data.fullName} to={`/experts/${data.id}`}>
      {data.title && `${data.title} · `}
      {data.municipality ? (
        <>
          {data.organisation.name}
          {' · '}
          <HitPlace municipality={data.municipality} country={data.country.name} />
        </>
      ) : (
        <AffiliationLine expert={data} linkOrganisation={false} />
      )}
    </HitFrame>
  );
}

export function OrganisationHit({ organisation }: { organisation: FragmentType<typeof SearchHitOrganisationFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(SearchHitOrganisationFragment, organisation);
  return (
    <HitFrame kind="organisation" name={data.acronym ? `${data.name} (${data.acronym})` : data.name} to={`/organisations/${data.id}`}>
      {t(`vocab.organisationTypes.${data.type}`)}
      {' · '}
      {data.scope.level === 'LOCAL' && data.scope.municipality ? (
        <HitPlace municipality={data.scope.municipality} country={data.scope.country?.name ?? ''} />
      ) : (
        <ScopeLabel scope={data.scope} />
      )}
    </HitFrame>
  );
}
