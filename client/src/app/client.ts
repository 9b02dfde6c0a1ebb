import { createApolloClient } from './apollo';

// The one GraphQL client of the app, shared by the pages (DataLayer) and the header's account menu
// (HeaderAccount), so a sign-in on a page updates the header from the same cache. Both import it
// lazily: it never ships in the entry chunk.
export const apolloClient = createApolloClient();
