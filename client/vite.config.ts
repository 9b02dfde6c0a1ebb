import react from '@vitejs/plugin-react';
import mantine from 'postcss-preset-mantine';
import { defaultClientConditions, defineConfig } from 'vite';
import { compressAssets } from './scripts/compress-assets';
import { graphqlDocuments } from './scripts/graphql-documents';
import { initialJsBudget } from './scripts/initial-js-budget';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocuments(), react(), compressAssets(), initialJsBudget()],
  css: {
    postcss: { plugins: [mantine()] },
  },
  build: {
    // The framework every page needs (React, the router, i18next) in one chunk. Left to itself,
    // Rolldown spreads these modules over several chunks by which lazy pages also use them, and
    // each chunk boundary costs compression: ~1.7 kB gzip more initial JS (DESIGN §7, S8). The
    // group only gathers modules the entry loads anyway: nothing lazy moves into the first load.
    // `shell` does the same for the rest of what the entry loads (the Mantine pieces of the header
    // were three more preloaded chunks), and `data` puts Apollo and the GraphQL libraries, which
    // every page needs after the first paint, in one lazy chunk instead of a dozen small ones:
    // fewer requests before the first page's content on a phone's six connections (S8).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|clsx)[\\/]/,
              priority: 3,
            },
            { name: 'shell', tags: ['$initial'], priority: 2 },
            { name: 'data', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  resolve: {
    // Read @strom/shared from its TypeScript source: no build step for shared during client dev.
    conditions: ['@strom/source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/export': api,
      '/calendar': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/export': api,
      '/calendar': api,
    },
  },
});
