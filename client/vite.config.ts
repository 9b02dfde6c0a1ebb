import react from '@vitejs/plugin-react';
import mantine from 'postcss-preset-mantine';
import { defaultClientConditions, defineConfig } from 'vite';
import { compressAssets } from './scripts/compress-assets';
import { dataLayerChunk } from './scripts/data-layer-chunk';
import { graphqlDocuments } from './scripts/graphql-documents';
import { initialJsBudget } from './scripts/initial-js-budget';
import { pageShells } from './scripts/page-shells';

const api = 'http://localhost:4000';
const dataLayer = dataLayerChunk(import.meta.dirname);
/** Apollo and the GraphQL libraries, wherever they are imported from: one lazy chunk, never one per page. */
const DATA_LIBRARIES = /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib)[\\/]/;
/**
 * The page-agnostic components of src/ui (empty, error and loading states, page header, result list…): nearly
 * every page uses a few, and split by which pages use them they were some fifteen chunks of under 1 kB each. In
 * one chunk (8 kB gzip) a page loads a few kB it may not use but up to twenty fewer files (S8). Left out: the
 * two that bring a heavy Mantine component (the confirmation's modal, the password input) only forms need.
 */
const SHARED_UI = /[\\/]client[\\/]src[\\/]ui[\\/]/;
const FORM_ONLY_UI = /[\\/](ConfirmDialog|PasswordField)\.tsx$/;

export default defineConfig({
  plugins: [graphqlDocuments(), react(), compressAssets(), initialJsBudget(), pageShells(), dataLayer.plugin],
  css: {
    postcss: { plugins: [mantine()] },
  },
  build: {
    // One stylesheet: the pages' own CSS (CSS modules, 2.6 kB gzip in all) joins the entry's instead of loading with
    // each page. A page's chunks waited for its stylesheets to load, and inserting their links was 10–50 ms of the
    // router's first task on a phone (S8, TBT); one render-blocking file costs the first paint ~15 ms on slow 4G.
    cssCodeSplit: false,
    // The framework every page needs (React, the router, i18next) in one chunk. Left to itself,
    // Rolldown spreads these modules over several chunks by which lazy pages also use them, and
    // each chunk boundary costs compression: ~1.7 kB gzip more initial JS (DESIGN §7, S8). The
    // group only gathers modules the entry loads anyway: nothing lazy moves into the first load.
    // `shell` does the same for the rest of what the entry loads (the Mantine pieces of the header
    // were three more preloaded chunks), and `data` puts Apollo and the GraphQL libraries, which
    // every page needs after the first paint, in one lazy chunk instead of a dozen small ones, with
    // everything else the data layer (every page's parent route) imports: fewer requests before the
    // first page's content on a phone's six connections (S8). `ui` does the same for the shared components.
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
            {
              name: 'data',
              test: (id) => DATA_LIBRARIES.test(id) || dataLayer.has(id),
              priority: 1,
            },
            { name: 'ui', test: (id) => SHARED_UI.test(id) && !FORM_ONLY_UI.test(id) },
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
