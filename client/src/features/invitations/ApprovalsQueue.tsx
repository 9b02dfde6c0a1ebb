import { useQuery } from '@apollo/client/react';
import { Stack, Tabs } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InvitationStatus } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { FormAlert } from '../../ui/FormAlert';
import { ResultList } from '../../ui/ResultList';
import { InvitationCard } from './InvitationCard';

export const InvitationQueueQuery = graphql(`
  query InvitationQueue($status: InvitationStatus, $first: Int!, $after: String) {
    invitations(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          ...InvitationCard_invitation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The pending states: waiting for approval, or sent and not yet accepted. */
export const TABS = ['AWAITING_APPROVAL', 'SENT'] as const satisfies readonly InvitationStatus[];
type QueueStatus = (typeof TABS)[number];

export function InvitationQueue({ status, onDone }: { status: QueueStatus; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  // Re-read on every visit: proposals arrive from others while the page is closed.
  const { data, error, refetch, fetchMore } = useQuery(InvitationQueueQuery, {
    variables: { status, first: PAGE_SIZE_DEFAULT },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.invitations;
  // An approved or revoked invitation changes status in the cache: it leaves this list at once.
  const edges = connection?.edges.filter(({ node }) => node.status === status);
  const left = (connection?.edges.length ?? 0) - (edges?.length ?? 0);

  return (
    <ResultList
      label={t(`approvals.tab.${status}`)}
      items={edges?.map(({ node }) => ({ key: node.id, node: <InvitationCard invitation={node} onDone={onDone} /> }))}
      totalCount={(connection?.totalCount ?? 0) - left}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      error={error}
      onRetry={() => void refetch()}
      onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      empty={<EmptyState message={t(`approvals.empty.${status}`)} />}
    />
  );
}

export function ApprovalsQueue() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<QueueStatus>('AWAITING_APPROVAL');
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // The card whose button was pressed leaves the list: keep keyboard focus on what happened.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  return (
    <Stack gap="md">
      <div ref={messageRef} tabIndex={-1}>
        {message && <FormAlert kind="success">{message}</FormAlert>}
      </div>
      <Tabs
        value={tab}
        onChange={(next) => {
          const status = TABS.find((candidate) => candidate === next);
          if (status) setTab(status);
          setMessage(null);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((status) => (
            <Tabs.Tab key={status} value={status}>
              {t(`approvals.tab.${status}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((status) => (
          <Tabs.Panel key={status} value={status} pt="md">
            <InvitationQueue status={status} onDone={setMessage} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
