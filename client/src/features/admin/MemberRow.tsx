import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';

export const MemberRowFragment = graphql(`
  fragment MemberRow_member on Member {
    id
    email
    status
    networkRole
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

const statusColor = { ACTIVE: 'teal.9', INVITED: 'blue.9', SUSPENDED: 'red.9' } as const;

export function MemberRow({ member: masked }: { member: FragmentType<typeof MemberRowFragment> }) {
  const { t } = useTranslation();
  const member = getFragmentData(MemberRowFragment, masked);
  const [suspend] = useMutation(SuspendMemberMutation);
  const [reactivate] = useMutation(ReactivateMemberMutation);
  const name = member.expert?.fullName ?? member.email;
  const run = useMutationForm((action: 'suspend' | 'reactivate') => {
    const variables = { id: member.id };
    return action === 'suspend' ? suspend({ variables }) : reactivate({ variables });
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
      </Text>
      {run.message && <FormAlert kind="error">{run.message}</FormAlert>}
      <Group gap="sm">
        {member.status !== 'SUSPENDED' && (
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
      </Group>
    </Stack>
  );
}
