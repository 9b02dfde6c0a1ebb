import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { CHAIN_ROLES, RESPONSIBILITIES_MAX, type Level } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabKeys } from '../../app/vocab';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useFormat } from '../../ui/useFormat';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { GuardedTextarea, useGuardedText } from './GuardedTextarea';
import { LastConfirmed } from './LastConfirmed';
import { RoleDateFields, RoleScopeFields } from './RoleFields';

export const MyRolesQuery = graphql(`
  query MyRoles {
    viewer {
      id
      expert {
        id
        lastConfirmedAt
        country {
          code
        }
        roles {
          id
          role
          status
          startsOn
          endsOn
          scope {
            level
            municipality {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const AddMyRoleMutation = graphql(`
  mutation AddMyRole($input: AddMyRoleInput!) {
    addMyRole(input: $input) {
      id
    }
  }
`);

const EndRoleMutation = graphql(`
  mutation EndMyRole($input: EndRoleInput!) {
    endRole(input: $input) {
      id
      status
      endsOn
    }
  }
`);

const ConfirmMyProfileMutation = graphql(`
  mutation ConfirmMyProfile {
    confirmMyProfile {
      id
      lastConfirmedAt
    }
  }
`);

const CHAIN_ROLE_KEYS: Role[] = vocabKeys('roles').filter((key) => key in CHAIN_ROLES);
const LEVELS: readonly Level[] = ['LOCAL', 'NATIONAL', 'REGIONAL'];

// The member's own roles in the chain of assistance, added and ended here; network roles are assigned by
// coordinators and only shown. With "last confirmed" and the button that confirms the profile is still true.
export function MyRolesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(MyRolesQuery);
  const refetchQueries = [{ query: MyRolesQuery }];
  const [add] = useMutation(AddMyRoleMutation, { refetchQueries });
  const [end] = useMutation(EndRoleMutation);
  const [confirmProfile, confirming] = useMutation(ConfirmMyProfileMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const errorMessage = useErrorMessage();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [role, setRole] = useState<Role | ''>('');
  const [scope, setScope] = useState<{ level: Level; municipalityId: string }>({ level: 'LOCAL', municipalityId: '' });
  const [dates, setDates] = useState({ startsOn: '', endsOn: '' });
  const responsibilities = useGuardedText();
  const expert = data?.viewer?.expert;
  const countryCode = expert?.country.code ?? '';
  const form = useMutationForm(async () => {
    // The submit button waits for a role.
    if (!role) return;
    const input = {
      id,
      role,
      scope: {
        level: scope.level,
        countryCode: scope.level === 'REGIONAL' ? null : countryCode,
        municipalityId: scope.level === 'LOCAL' ? scope.municipalityId : null,
      },
      startsOn: dates.startsOn || null,
      endsOn: dates.endsOn || null,
      responsibilities: responsibilities.text || null,
      confirmations: responsibilities.confirmations,
    };
    await add({ variables: { input } });
    setId(crypto.randomUUID());
    setRole('');
    responsibilities.setText('');
  });

  return (
    <Stack component="section" aria-labelledby="my-roles" gap="sm">
      <Title order={2} size="h3" id="my-roles">
        {t('upkeep.roles.title')}
      </Title>
      {!data ? (
        error ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : (
          <ListSkeleton rows={2} />
        )
      ) : !expert ? (
        <EmptyState message={t('upkeep.roles.noProfile')} />
      ) : (
        <>
          <Group gap="sm">
            <LastConfirmed at={expert.lastConfirmedAt} />
            <Button size="xs" variant="light" loading={confirming.loading} onClick={() => void confirmProfile().catch(setFailure)}>
              {t('upkeep.roles.confirmProfile')}
            </Button>
          </Group>
          {failure !== null && <FormAlert kind="error">{errorMessage(failure)}</FormAlert>}
          {expert.roles.length === 0 && <EmptyState message={t('upkeep.roles.empty')} />}
          <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
            {expert.roles.map((assignment) => {
              const label = t(`vocab.roles.${assignment.role}`);
              const own = CHAIN_ROLE_KEYS.includes(assignment.role);
              const place = assignment.scope.municipality?.name ?? t(`level.${assignment.scope.level}`);
              return (
                <Card component="li" key={assignment.id} withBorder p="xs" aria-label={`${label} (${place})`}>
                  <Group justify="space-between" wrap="wrap">
                    <Text size="sm">
                      <strong>{label}</strong> · {place} · {t(`upkeep.roles.status.${assignment.status}`)}
                      {assignment.endsOn && ` · ${t('upkeep.roles.until', { date: format.calendarDate(assignment.endsOn) })}`}
                    </Text>
                    {own && assignment.status !== 'PAST' && !assignment.endsOn && (
                      <ConfirmButton
                        size="xs"
                        variant="default"
                        label={t('upkeep.roles.end')}
                        question={t('upkeep.roles.endQuestion', { role: label })}
                        confirmLabel={t('upkeep.roles.end')}
                        onConfirm={() => end({ variables: { input: { id: assignment.id } } }).catch(setFailure)}
                      />
                    )}
                  </Group>
                </Card>
              );
            })}
          </Stack>
          <form onSubmit={submitHandler(form)} noValidate aria-labelledby="add-my-role">
            <Stack gap="sm" maw={560}>
              <Title order={3} size="h4" id="add-my-role">
                {t('upkeep.roles.add')}
              </Title>
              {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
              <NativeSelect
                label={t('upkeep.roles.role')}
                required
                data={[
                  { value: '', label: t('upkeep.roles.chooseRole') },
                  ...CHAIN_ROLE_KEYS.map((key) => ({ value: key, label: t(`vocab.roles.${key}`) })),
                ]}
                value={role}
                onChange={(e) => setRole(CHAIN_ROLE_KEYS.find((key) => key === e.currentTarget.value) ?? '')}
              />
              <RoleScopeFields
                levels={LEVELS}
                level={scope.level}
                countryCode={countryCode}
                municipalityId={scope.municipalityId}
                onChange={(changes) => setScope((previous) => ({ ...previous, ...changes }))}
                error={form.fieldErrors['input.scope.municipalityId']}
              />
              <RoleDateFields value={dates} onChange={setDates} errors={form.fieldErrors} />
              <GuardedTextarea label={t('upkeep.roles.responsibilities')} maxLength={RESPONSIBILITIES_MAX} value={responsibilities} />
              <Button type="submit" loading={form.pending} disabled={!role} w="fit-content">
                {t('upkeep.roles.addButton')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  );
}
