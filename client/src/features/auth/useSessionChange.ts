import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After sign-in, sign-out or account deletion everything cached was read as someone else: reset the
 * store (active queries, the header's viewer among them, refetch as the new viewer). The reset also
 * restarts the realtime socket (app/apollo.ts), which is authenticated when it opens.
 */
export function useSessionChange(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.resetStore();
    } catch {
      // A query that fails to refetch shows its own error state; the session did change.
    }
  }, [client]);
}
