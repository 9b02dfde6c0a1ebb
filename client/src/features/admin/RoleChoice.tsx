import { Button, Group, NativeSelect } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkRole } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { isNetworkRole, NETWORK_ROLE_KEYS } from '../invitations/invitationInput';

interface RoleChoiceProps {
  member: { networkRole: NetworkRole; country: { name: string } | null };
  name: string;
  onChange: (role: NetworkRole) => Promise<unknown>;
}

// A role grants what a member sees of everyone else: pick one, then confirm in a dialog that names the change.
export function RoleChoice({ member, name, onChange }: RoleChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<NetworkRole>(member.networkRole);
  const roleName = (key: NetworkRole) => t(`account.networkRole.${key}`);
  return (
    <Group gap="xs" align="flex-end">
      <NativeSelect
        id={id}
        size="xs"
        label={t('admin.members.role', { name })}
        data={NETWORK_ROLE_KEYS.map((key) => ({ value: key, label: roleName(key) }))}
        value={role}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isNetworkRole(next)) setRole(next);
        }}
      />
      {role === member.networkRole ? (
        <Button size="xs" variant="outline" disabled>
          {t('admin.members.changeRole')}
        </Button>
      ) : (
        <ConfirmButton
          size="xs"
          variant="outline"
          confirmColor="blue"
          label={t('admin.members.changeRole')}
          question={t(role === 'COORDINATOR' ? 'admin.members.changeRoleToCoordinator' : 'admin.members.changeRoleQuestion', {
            name,
            from: roleName(member.networkRole),
            to: roleName(role),
            country: member.country?.name ?? '',
          })}
          confirmLabel={t('admin.members.changeRole')}
          onConfirm={() => onChange(role)}
        />
      )}
    </Group>
  );
}
