import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { RoleAssignments_RoleFragment } from '../../gql/graphql';
import { useFormat } from '../../ui/useFormat';
import { ScopeLabel } from '../places/ScopeLabel';
import classes from './RoleAssignments.module.css';

export const RoleAssignmentsFragment = graphql(`
  fragment RoleAssignments_role on RoleAssignment {
    id
    role
    scope {
      ...ScopeLabel_scope
    }
    responsibilities
    startsOn
    endsOn
    status
  }
`);

type Assignment = RoleAssignments_RoleFragment;

interface RoleAssignmentsProps {
  roles: readonly FragmentType<typeof RoleAssignmentsFragment>[];
}

/** Current (and upcoming) roles first; ended ones apart under "Past roles", so none reads as held today. */
export function RoleAssignments({ roles: masked }: RoleAssignmentsProps) {
  const { t } = useTranslation();
  const roles = getFragmentData(RoleAssignmentsFragment, masked);
  if (roles.length === 0) return <Text>{t('expert.noRoles')}</Text>;
  const current = roles.filter((assignment) => assignment.status !== 'PAST');
  const past = roles.filter((assignment) => assignment.status === 'PAST');
  return (
    <Stack gap="md">
      {current.length > 0 ? <AssignmentList roles={current} /> : <Text>{t('expert.noCurrentRoles')}</Text>}
      {past.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5" c="dimmed">
            {t('expert.pastRoles')}
          </Title>
          <AssignmentList roles={past} />
        </Stack>
      )}
    </Stack>
  );
}

function AssignmentList({ roles }: { roles: readonly Assignment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = (assignment: Assignment) => {
    const { startsOn, endsOn } = assignment;
    if (assignment.status === 'UPCOMING' && startsOn) return t('expert.upcoming', { date: format.calendarDate(startsOn) });
    if (startsOn && endsOn) return t('expert.period', { from: format.calendarDate(startsOn), to: format.calendarDate(endsOn) });
    if (startsOn) return t('expert.since', { date: format.calendarDate(startsOn) });
    if (endsOn) return t('expert.until', { date: format.calendarDate(endsOn) });
    return null;
  };
  return (
    <ul className={classes.list}>
      {roles.map((assignment) => {
        const dates = period(assignment);
        return (
          <li key={assignment.id} className={classes.item}>
            <Stack gap={2}>
              <Title order={4} size="h5">
                {t(`vocab.roles.${assignment.role}`)}
              </Title>
              <Text size="sm">
                <ScopeLabel scope={assignment.scope} />
                {dates && ` · ${dates}`}
              </Text>
              {assignment.responsibilities && <Text size="sm">{assignment.responsibilities}</Text>}
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
