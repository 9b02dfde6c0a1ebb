import { useQuery } from '@apollo/client/react';
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

// Beside the badge, not with the request pages' documents: the badge is in the header, so its module loads with
// every page (the data chunk), and every document of the module it imports from would load with it (~5 kB gzip).
export const AwaitingRequestCountQuery = graphql(`
  query AwaitingRequestCount {
    counterpartRequests(box: AWAITING_ME, openOnly: true, first: 1) {
      totalCount
    }
  }
`);

/** How many open requests wait for the viewer's answer, as a small count; nothing while none (or loading). */
export function AwaitingRequestsBadge({ className }: { className?: string }) {
  const { t } = useTranslation();
  // Re-read on every mount of the menu: requests arrive from others.
  const { data } = useQuery(AwaitingRequestCountQuery, { fetchPolicy: 'cache-and-network' });
  const count = data?.counterpartRequests.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <>
      <span className={className} aria-hidden data-testid="awaiting-requests">
        {count}
      </span>
      <VisuallyHidden>{t('nav.awaitingRequests', { count })}</VisuallyHidden>
    </>
  );
}
