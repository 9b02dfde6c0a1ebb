import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { AccountMenu } from '../features/account/AccountMenu';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { apolloClient } from './client';
import { useMemberStrings } from './memberStrings';

// Loaded lazily, in parallel with the first page: the shell (header, footer) paints from the entry
// chunk alone, and the GraphQL client is created once, when app/client.ts first loads.
export function DataLayer() {
  useMemberStrings();
  return (
    <ApolloProvider client={apolloClient}>
      <Outlet />
    </ApolloProvider>
  );
}

// The header sits outside the pages' data layer (it ships in the entry chunk): its account slot gets
// the same client, and so the same cache, as the pages. Exported from this module, not a module of
// its own: one more lazy entry point splits the entry's modules over more chunks (~1.5 kB gzip).
export function HeaderAccount() {
  useMemberStrings();
  return (
    <ApolloProvider client={apolloClient}>
      <NotificationBell />
      <AccountMenu />
    </ApolloProvider>
  );
}
