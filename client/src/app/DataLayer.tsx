import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { createApolloClient } from './apollo';

// Loaded lazily, in parallel with the first page: the shell (header, footer) paints from the entry
// chunk alone, and the GraphQL client is created once, when this module first loads.
const client = createApolloClient();

export function DataLayer() {
  return (
    <ApolloProvider client={client}>
      <Outlet />
    </ApolloProvider>
  );
}
