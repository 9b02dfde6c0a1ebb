import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { useFormat } from '../../ui/useFormat';

export const InvitationCardFragment = graphql(`
  fragment InvitationCard_invitation on Invitation {
    id
    email
    kind
    status
    networkRole
    reason
    newOrganisationName
    createdAt
    expiresAt
    country {
      code
      name
    }
    organisation {
      id
      name
    }
    invitedBy {
      id
      fullName
    }
    approvedBy {
      id
      fullName
    }
    viewerCan {
      approve
      revoke
    }
  }
`);

export const ApproveInvitationMutation = graphql(`
  mutation ApproveInvitation($id: ID!) {
    approveInvitation(id: $id) {
      id
      ...InvitationCard_invitation
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      ...InvitationCard_invitation
    }
  }
`);

interface InvitationCardProps {
  invitation: FragmentType<typeof InvitationCardFragment>;
  /** Announces what an action did; the card itself leaves the list once its status changes. */
  onDone: (message: string) => void;
}

export function InvitationCard({ invitation: masked, onDone }: InvitationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitation = getFragmentData(InvitationCardFragment, masked);
  const [approve, approving] = useMutation(ApproveInvitationMutation);
  const [revoke] = useMutation(RevokeInvitationMutation);
  const variables = { id: invitation.id };
  const run = useMutationForm(
    async (action: 'approve' | 'revoke') => {
      await (action === 'approve' ? approve({ variables }) : revoke({ variables }));
      onDone(t(`approvals.${action}d`, { email: invitation.email }));
    },
    { CONFLICT: t('approvals.conflict') },
  );

  const organisation = invitation.organisation ? (
    <Anchor component={Link} to={`/organisations/${invitation.organisation.id}`} inherit>
      {invitation.organisation.name}
    </Anchor>
  ) : (
    t('approvals.newOrganisation', { name: invitation.newOrganisationName ?? '' })
  );
  const by = invitation.invitedBy?.fullName;

  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {invitation.email}
        </Title>
        <Badge variant="outline" tt="none">
          {t(`approvals.kind.${invitation.kind}`)}
        </Badge>
        <Badge variant="outline" tt="none" color="gray.8">
          {t(`account.networkRole.${invitation.networkRole}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {organisation}
        {' · '}
        {invitation.country.name}
      </Text>
      <Text size="sm">
        {by ? t(`approvals.by.${invitation.kind}`, { name: by }) : t(`approvals.byUnknown.${invitation.kind}`)}{' '}
        <time dateTime={invitation.createdAt}>{format.dateTime(invitation.createdAt)}</time>
        {invitation.approvedBy && ` · ${t('approvals.approvedBy', { name: invitation.approvedBy.fullName })}`}
        {invitation.expiresAt && ` · ${t('approvals.expires', { date: format.dateTime(invitation.expiresAt) })}`}
      </Text>
      {invitation.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <Text span fw={600} inherit>
            {t('approvals.reason')}
          </Text>{' '}
          {invitation.reason}
        </Text>
      )}
      {run.message && <FormAlert kind="error">{run.message}</FormAlert>}
      {(invitation.viewerCan.approve || invitation.viewerCan.revoke) && (
        <Group gap="sm">
          {invitation.viewerCan.approve && (
            <Button size="xs" onClick={() => void run.submit('approve')} loading={approving.loading}>
              {t('approvals.approve')}
            </Button>
          )}
          {invitation.viewerCan.revoke && (
            <ConfirmButton
              size="xs"
              variant="outline"
              color="red"
              label={t('approvals.revoke')}
              question={t('approvals.revokeQuestion', { email: invitation.email })}
              confirmLabel={t('approvals.revoke')}
              onConfirm={() => run.submit('revoke')}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
