import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
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
  }
`);

interface RoleAssignmentsProps {
  roles: readonly FragmentType<typeof RoleAssignmentsFragment>[];
}

export function RoleAssignments({ roles: masked }: RoleAssignmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = getFragmentData(RoleAssignmentsFragment, masked);

  const period = (startsOn: string | null, endsOn: string | null) => {
    if (startsOn && endsOn) {
      return t('expert.period', { from: format.calendarDate(startsOn), to: format.calendarDate(endsOn) });
    }
    if (startsOn) return t('expert.since', { date: format.calendarDate(startsOn) });
    if (endsOn) return t('expert.until', { date: format.calendarDate(endsOn) });
    return null;
  };

  if (roles.length === 0) return <Text>{t('expert.noRoles')}</Text>;

  return (
    <ul className={classes.list}>
      {roles.map((assignment) => {
        const dates = period(assignment.startsOn, assignment.endsOn);
        return (
          <li key={assignment.id} className={classes.item}>
            <Stack gap={2}>
              <Title order={3} size="h5">
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
