import { useQuery } from '@apollo/client/react';
import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { Viewer } from '../account/useViewer';

export const MemberStartQuery = graphql(`
  query MemberStart {
    viewer {
      id
      expert {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** A member's start page: what they come for most, then the network's numbers and news below it. */
export function MemberStart({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data } = useQuery(MemberStartQuery);
  const organisation = data?.viewer?.expert?.organisation;
  const links = [
    { to: '/counterparts', label: t('start.counterparts'), hint: t('start.counterpartsHint') },
    ...(organisation ? [{ to: `/organisations/${organisation.id}`, label: organisation.name, hint: t('start.organisationHint') }] : []),
    ...(viewer.expert ? [{ to: `/experts/${viewer.expert.id}`, label: t('start.profile'), hint: t('start.profileHint') }] : []),
    ...(viewer.can.approveInvitations ? [{ to: '/approvals', label: t('start.approvals'), hint: t('start.approvalsHint') }] : []),
    ...(viewer.can.seeCoverage ? [{ to: '/coverage', label: t('start.coverage'), hint: t('start.coverageHint') }] : []),
    ...(viewer.can.seeCoverage ? [{ to: '/guidelines', label: t('start.guidelines'), hint: t('start.guidelinesHint') }] : []),
    { to: '/costs', label: t('start.costs'), hint: t('start.costsHint') },
    { to: '/account', label: t('start.account'), hint: t('start.accountHint') },
  ];
  return (
    <Stack gap="sm">
      <Title order={1}>{viewer.expert ? t('start.welcomeNamed', { name: viewer.expert.fullName }) : t('start.welcome')}</Title>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {links.map((link) => (
          <li key={link.to}>
            <Anchor component={Link} to={link.to} fw={600}>
              {link.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {link.hint}
            </Text>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
