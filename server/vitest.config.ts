import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// graphql has no "exports" map: Node loads its CommonJS build for Apollo and type-graphql, while Vite would
// hand our sources the .mjs build, and instanceof GraphQLError would then fail across the two copies.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const DATABASE_FREE = [
  'src/db/seed/demo/**',
  'src/db/orm.test.ts',
  'src/db/pglite-prepared-statements.test.ts',
  'src/core/config.test.ts',
  'src/core/ability.test.ts',
  'src/core/logger.test.ts',
  'src/app/socket-operation.test.ts',
  'src/app/schema-file.test.ts',
  'src/app/import-direction.test.ts',
  'src/features/authentication/password.test.ts',
];

/** The same suite runs on the embedded PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL. */
export default defineConfig({
  resolve: { conditions: ['@strom/source'], alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own server over its own database, so files share no state through the app; what they
    // would share is the module graph, and importing it afresh for every file was a third of the suite's time.
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'pglite', env: { TEST_DB: 'pglite' }, exclude: [...configDefaults.exclude, '**/*.postgres.test.ts'] },
      },
      // Tests that never touch a database run once, in the pglite project; *.postgres.test.ts need PostgreSQL.
      ...(onPostgres
        ? [
            {
              extends: true,
              test: { name: 'postgres', env: { TEST_DB: 'postgres' }, exclude: [...configDefaults.exclude, ...DATABASE_FREE] },
            },
          ]
        : []),
    ],
  },
});
