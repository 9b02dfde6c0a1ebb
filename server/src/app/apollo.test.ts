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

describe('the GraphQL endpoint’s Apollo', () => {
  it('parses and validates a document once: later requests with other variables hit the document store', async () => {
    const { counts, plugin } = phases();
    const apollo = new ApolloServer<Context>(apolloOptions(app.services, await buildSchema(), [plugin]));
    await apollo.start();
    try {
      const query = 'query Countries($first: Int!) { organisations(first: $first) { totalCount } countries { code } }';
      for (const first of [5, 10, 20]) {
        const response = await apollo.executeOperation({ query, variables: { first } }, { contextValue: createContext(app.services) });
        expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
      }
      expect(counts).toEqual({ parsed: 1, validated: 1, executed: 3 });
      await apollo.executeOperation({ query: '{ countries { name } }' }, { contextValue: createContext(app.services) });
      expect(counts).toEqual({ parsed: 2, validated: 2, executed: 4 });
    } finally {
      await apollo.stop();
    }
  });
});
