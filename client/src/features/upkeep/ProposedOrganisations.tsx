import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { REASON_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { PendingApprovalCountQuery } from '../invitations/usePendingApprovalCount';

export const ProposedOrganisationsQuery = graphql(`
  query ProposedOrganisations {
    proposedOrganisations {
      id
      name
      type
      proposalReason
      scope {
        level
        country {
          code
          name
        }
        municipality {
          id
          name
        }
      }
      viewerCan {
        approve
      }
    }
  }
`);

export const ApproveOrganisationMutation = graphql(`
  mutation ApproveOrganisation($id: ID!) {
    approveOrganisation(id: $id) {
      id
      status
    }
  }
`);

const DeclineOrganisationMutation = graphql(`
  mutation DeclineOrganisation($id: ID!, $reason: String) {
    declineOrganisation(id: $id, reason: $reason)
  }
`);

/** Runs a decision; its failure is shown above the list. */
async function attempt(work: () => Promise<unknown>, setFailure: (failure: unknown) => void): Promise<void> {
  setFailure(null);
  await work().catch(setFailure);
}

// Organisations members proposed, for the coordinators of their country to approve or decline (with a reason
// mailed to the proposer), beside the invitations on the Approvals page.
export function ProposedOrganisations() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProposedOrganisationsQuery);
  // The account menu's badge counts proposals too.
  const refetchQueries = [{ query: ProposedOrganisationsQuery }, PendingApprovalCountQuery];
  const [approve] = useMutation(ApproveOrganisationMutation, { refetchQueries });
  const [decline] = useMutation(DeclineOrganisationMutation, { refetchQueries });
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const errorMessage = useErrorMessage();
  const proposals = data?.proposedOrganisations;

  return (
    <Stack component="section" aria-labelledby="proposed-organisations" gap="sm">
      <Title order={2} size="h3" id="proposed-organisations">
        {t('upkeep.proposals.title')}
      </Title>
      {failure !== null && <FormAlert kind="error">{errorMessage(failure)}</FormAlert>}
      {!proposals ? (
        error ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : (
          <ListSkeleton />
        )
      ) : proposals.length === 0 ? (
        <EmptyState message={t('upkeep.proposals.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {proposals.map((proposal) => {
            const place = proposal.scope.municipality?.name ?? proposal.scope.country?.name ?? t(`level.${proposal.scope.level}`);
            return (
              <Card component="li" key={proposal.id} withBorder aria-label={proposal.name}>
                <Stack gap="xs">
                  <Text fw={600}>{proposal.name}</Text>
                  <Text size="sm">
                    {t(`vocab.organisationTypes.${proposal.type}`)} · {place}
                  </Text>
                  {proposal.proposalReason && <Text size="sm">{t('upkeep.proposals.reason', { reason: proposal.proposalReason })}</Text>}
                  {proposal.viewerCan.approve && (
                    <Group gap="xs">
                      <Button size="xs" onClick={() => void attempt(() => approve({ variables: { id: proposal.id } }), setFailure)}>
                        {t('upkeep.proposals.approve', { name: proposal.name })}
                      </Button>
                      <ConfirmButton
                        size="xs"
                        variant="default"
                        label={t('upkeep.proposals.decline')}
                        question={t('upkeep.proposals.declineQuestion', { name: proposal.name })}
                        confirmLabel={t('upkeep.proposals.decline')}
                        onConfirm={() => attempt(() => decline({ variables: { id: proposal.id, reason: reason || null } }), setFailure)}
                      >
                        <Textarea
                          label={t('upkeep.proposals.declineReason')}
                          maxLength={REASON_MAX}
                          value={reason}
                          onChange={(e) => setReason(e.currentTarget.value)}
                        />
                      </ConfirmButton>
                    </Group>
                  )}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
