import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../core/context.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { apolloOptions } from './apollo.js';
import { buildSchema } from './schema.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Counts Apollo's parse and validation phases: both run only when the document store misses. */
function phases() {
  const counts = { parsed: 0, validated: 0, executed: 0 };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          counts.parsed++;
        },
        async validationDidStart() {
          counts.validated++;
        },
        async executionDidStart() {
          counts.executed++;
        },
      };
    },
  };
  return { counts, plugin };
}

/** Runs `use` against the endpoint's Apollo (with extra plugins), started and stopped around it. */
async function withApollo(plugins: ApolloServerPlugin<Context>[], use: (apollo: ApolloServer<Context>) => Promise<void>): Promise<void> {
  const apollo = new ApolloServer<Context>(apolloOptions(app.services, await buildSchema(), plugins));
  await apollo.start();
  try {
    await use(apollo);
  } finally {
    await apollo.stop();
  }
}

describe('the GraphQL endpoint’s Apollo', () => {
  it('parses and validates a document once: later requests with other variables hit the document store', async () => {
    const { counts, plugin } = phases();
    await withApollo([plugin], async (apollo) => {
      const query = 'query Countries($first: Int!) { organisations(first: $first) { totalCount } countries { code } }';
      for (const first of [5, 10, 20]) {
        const response = await apollo.executeOperation({ query, variables: { first } }, { contextValue: createContext(app.services) });
        expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
      }
      expect(counts).toEqual({ parsed: 1, validated: 1, executed: 3 });
      await apollo.executeOperation({ query: '{ countries { name } }' }, { contextValue: createContext(app.services) });
      expect(counts).toEqual({ parsed: 2, validated: 2, executed: 4 });
    });
  });

  it('builds no fork for an operation that needs no database, though Apollo copies the context of every operation', async () => {
    await withApollo([], async (apollo) => {
      let forks = 0;
      const countedContext = () =>
        createContext(app.services, {
          em: () => {
            forks++;
            return app.services.orm.em.fork();
          },
        });
      await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: countedContext() });
      expect(forks).toBe(0);
      const response = await apollo.executeOperation({ query: '{ countries { code } }' }, { contextValue: countedContext() });
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
      expect(forks).toBe(1);
    });
  });

  it('refuses a costly page every time it is asked, between cheaper asks of the same document', async () => {
    await withApollo([], async (apollo) => {
      const query =
        'query Page($first: Int!) { organisations(first: $first) { edges { node { experts(first: $first) { totalCount } } } } }';
      const codes: unknown[] = [];
      for (const first of [5, 500, 5, 500]) {
        const response = await apollo.executeOperation({ query, variables: { first } }, { contextValue: createContext(app.services) });
        codes.push(response.body.kind === 'single' ? (response.body.singleResult.errors?.[0]?.extensions?.code ?? 'ok') : 'incremental');
      }
      expect(codes).toEqual(['ok', 'QUERY_TOO_COMPLEX', 'ok', 'QUERY_TOO_COMPLEX']);
    });
  });
});
