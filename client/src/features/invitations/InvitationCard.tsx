import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { GuardrailConfirmation } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { useFormat } from '../../ui/useFormat';
import { DeclineButton } from './DeclineButton';
import { PendingApprovalCountQuery } from './usePendingApprovalCount';

export const InvitationCardFragment = graphql(`
  fragment InvitationCard_invitation on Invitation {
    id
    email
    fullName
    jobTitle
    kind
    status
    awaitingApprovalBy
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
      decline
      revoke
      resend
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

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($input: DeclineInvitationInput!) {
    declineInvitation(input: $input) {
      id
      ...InvitationCard_invitation
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
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
  // The navigation's count of pending approvals follows every decision.
  const refetchQueries = [PendingApprovalCountQuery];
  const [approve] = useMutation(ApproveInvitationMutation, { refetchQueries });
  const [decline] = useMutation(DeclineInvitationMutation, { refetchQueries });
  const [resend] = useMutation(ResendInvitationMutation);
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries });
  const variables = { id: invitation.id };
  const person = invitation.fullName ?? invitation.email;
  const run = useMutationForm(
    async (
      action: { kind: 'approve' | 'resend' | 'revoke' } | { kind: 'decline'; reason: string; confirmations: GuardrailConfirmation[] },
    ) => {
      if (action.kind === 'decline') {
        const { reason, confirmations } = action;
        await decline({ variables: { input: { id: invitation.id, reason: reason || null, confirmations } } });
      } else await { approve, resend, revoke }[action.kind]({ variables });
      onDone(t(`approvals.done.${action.kind}`, { person }));
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
          {person}
        </Title>
        <Badge variant="outline" tt="none">
          {t(`approvals.kind.${invitation.kind}`)}
        </Badge>
        <Badge variant="outline" tt="none" color="gray.8">
          {t(`account.networkRole.${invitation.networkRole}`)}
        </Badge>
      </Group>
      {invitation.fullName && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {invitation.email}
        </Text>
      )}
      <Text size="sm">
        {invitation.jobTitle && `${invitation.jobTitle}, `}
        {organisation}
        {' · '}
        {invitation.country.name}
      </Text>
      {invitation.awaitingApprovalBy && (
        <Text size="sm" fw={600}>
          {t(`approvals.waitsFor.${invitation.awaitingApprovalBy}`)}
        </Text>
      )}
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
      <Group gap="sm">
        {invitation.viewerCan.approve && (
          <ConfirmButton
            size="xs"
            confirmColor="blue"
            label={t('approvals.approve')}
            question={t(`approvals.approveQuestion.${invitation.kind}`, { person, email: invitation.email })}
            confirmLabel={t('approvals.approve')}
            onConfirm={() => run.submit({ kind: 'approve' })}
          />
        )}
        {invitation.viewerCan.decline && (
          <DeclineButton
            person={person}
            kind={invitation.kind}
            onDecline={(reason, confirmations) => run.submit({ kind: 'decline', reason, confirmations })}
          />
        )}
        {invitation.viewerCan.resend && (
          <ConfirmButton
            size="xs"
            variant="outline"
            confirmColor="blue"
            label={t('approvals.resend')}
            question={t('approvals.resendQuestion', { email: invitation.email })}
            confirmLabel={t('approvals.resend')}
            onConfirm={() => run.submit({ kind: 'resend' })}
          />
        )}
        {/* Who may decline declines; revoking stays for sent links and for an author withdrawing their own. */}
        {invitation.viewerCan.revoke && !invitation.viewerCan.decline && (
          <ConfirmButton
            size="xs"
            variant="outline"
            color="red"
            label={t('approvals.revoke')}
            question={t('approvals.revokeQuestion', { email: invitation.email })}
            confirmLabel={t('approvals.revoke')}
            onConfirm={() => run.submit({ kind: 'revoke' })}
          />
        )}
      </Group>
    </Stack>
  );
}
