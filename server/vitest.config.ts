import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql has no "exports" map: Node loads its CommonJS build for Apollo and type-graphql, while Vite would
// hand our sources the .mjs build, and instanceof GraphQLError would then fail across the two copies.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** The same suite runs on the embedded PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL. */
export default defineConfig({
  resolve: { conditions: ['@strom/source'], alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'pglite', env: { TEST_DB: 'pglite' } } },
      ...(onPostgres ? [{ extends: true, test: { name: 'postgres', env: { TEST_DB: 'postgres' } } }] : []),
    ],
  },
});
