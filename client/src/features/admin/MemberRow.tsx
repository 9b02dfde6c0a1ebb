import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import type { NetworkRole } from '../../gql/graphql';
import { isNetworkRole } from '../invitations/invitationInput';
import { RoleChoice } from './RoleChoice';

export const MemberRowFragment = graphql(`
  fragment MemberRow_member on Member {
    id
    email
    status
    networkRole
    twoFactorEnabled
    viewerCan {
      suspend
      changeRole
      resetTwoFactor
    }
    country {
      code
      name
    }
    expert {
      id
      fullName
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($id: ID!) {
    suspendMember(id: $id) {
      id
      ...MemberRow_member
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      id
      ...MemberRow_member
    }
  }
`);

export const ResetTwoFactorMutation = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    resetTwoFactor(userId: $userId)
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      ...MemberRow_member
    }
  }
`);

const statusColor = { ACTIVE: 'teal.9', INVITED: 'blue.9', SUSPENDED: 'red.9' } as const;

export function MemberRow({ member: masked }: { member: FragmentType<typeof MemberRowFragment> }) {
  const { t } = useTranslation();
  const member = getFragmentData(MemberRowFragment, masked);
  const [suspend] = useMutation(SuspendMemberMutation);
  const [reactivate] = useMutation(ReactivateMemberMutation);
  // The reset answers a bare boolean: re-read the member so the button goes once two-factor is off.
  const [resetTwoFactor] = useMutation(ResetTwoFactorMutation, { refetchQueries: ['MemberList'] });
  const [changeRole] = useMutation(ChangeMemberRoleMutation);
  const [done, setDone] = useState<string | null>(null);
  const name = member.expert?.fullName ?? member.email;
  const run = useMutationForm(async (action: 'suspend' | 'reactivate' | 'resetTwoFactor' | NetworkRole) => {
    setDone(null);
    const variables = { id: member.id };
    if (isNetworkRole(action)) {
      await changeRole({ variables: { input: { id: member.id, networkRole: action } } });
      setDone(t('admin.members.roleChanged', { name, role: t(`account.networkRole.${action}`) }));
      return;
    }
    if (action === 'resetTwoFactor') {
      await resetTwoFactor({ variables: { userId: member.id } });
      setDone(t('admin.members.resetTwoFactorDone', { name }));
      return;
    }
    await (action === 'suspend' ? suspend({ variables }) : reactivate({ variables }));
  });

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {member.expert ? (
            <Anchor component={Link} to={`/experts/${member.expert.id}`} inherit>
              {name}
            </Anchor>
          ) : (
            name
          )}
        </Title>
        <Badge color={statusColor[member.status]} variant="outline" tt="none">
          {t(`admin.status.${member.status}`)}
        </Badge>
      </Group>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {member.email}
        {' · '}
        {t(`account.networkRole.${member.networkRole}`)}
        {member.country && ` · ${member.country.name}`}
        {' · '}
        {t(member.twoFactorEnabled ? 'admin.members.twoFactorOn' : 'admin.members.twoFactorOff')}
      </Text>
      {run.message && <FormAlert kind="error">{run.message}</FormAlert>}
      {done && <FormAlert kind="success">{done}</FormAlert>}
      <Group gap="sm">
        {member.viewerCan.changeRole && <RoleChoice member={member} name={name} onChange={(role) => run.submit(role)} />}
        {member.status !== 'SUSPENDED' && member.viewerCan.suspend && (
          <ConfirmButton
            size="xs"
            variant="outline"
            color="red"
            label={t('admin.members.suspend')}
            question={t('admin.members.suspendQuestion', { name })}
            confirmLabel={t('admin.members.suspend')}
            onConfirm={() => run.submit('suspend')}
          />
        )}
        {member.status === 'SUSPENDED' && (
          <ConfirmButton
            size="xs"
            variant="outline"
            label={t('admin.members.reactivate')}
            question={t('admin.members.reactivateQuestion', { name })}
            confirmLabel={t('admin.members.reactivate')}
            onConfirm={() => run.submit('reactivate')}
          />
        )}
        {member.viewerCan.resetTwoFactor && (
          <ConfirmButton
            size="xs"
            variant="outline"
            label={t('admin.members.resetTwoFactor')}
            question={t('admin.members.resetTwoFactorQuestion', { name })}
            confirmLabel={t('admin.members.resetTwoFactor')}
            onConfirm={() => run.submit('resetTwoFactor')}
          />
        )}
      </Group>
    </Stack>
  );
}
