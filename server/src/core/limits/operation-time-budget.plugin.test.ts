import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { formatError } from '../errors.js';
import { operationTimeBudgetPlugin } from './operation-time-budget.plugin.js';

/** `slow` (a query and a mutation) takes 60 ms; its fields start only after it, each counted when its resolver runs. */
function slowSchema(started: string[]) {
  const field = (name: string) => ({
    type: GraphQLString,
    resolve: () => {
      started.push(name);
      return name;
    },
  });
  const Slow = new GraphQLObjectType({ name: 'Slow', fields: { a: field('a'), b: field('b'), c: field('c') } });
  const slow = {
    type: Slow,
    resolve: () => {
      started.push('slow');
      return new Promise((resolve) => setTimeout(() => resolve({}), 60));
    },
  };
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { slow } }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: { slow, again: slow } }),
  });
}

async function run(budgetMs: number, query = '{ slow { a b c } }') {
  const started: string[] = [];
  const server = new ApolloServer({
    schema: slowSchema(started),
    plugins: [operationTimeBudgetPlugin(budgetMs)],
    formatError: (formatted, error) => formatError(formatted, error, pino({ level: 'silent' })),
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, started };
  } finally {
    await server.stop();
  }
}

describe('the time budget of an HTTP operation', () => {
  it('lets an operation within its budget finish', async () => {
    const { result, started } = await run(1000);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ slow: { a: 'a', b: 'b', c: 'c' } });
    expect(started).toEqual(['slow', 'a', 'b', 'c']);
  });

  it('runs no field that would start after the budget, and answers one typed error', async () => {
    const { result, started } = await run(30);
    expect(started).toEqual(['slow']);
    expect(result.data).toEqual({ slow: { a: null, b: null, c: null } });
    expect(result.errors).toEqual([
      {
        message: 'The operation took longer than 0.03 s and was stopped; try a narrower request',
        extensions: { code: 'OPERATION_TIMED_OUT' },
      },
    ]);
  });

  it('answers a mutation that ran past the budget (its change is done), and starts no further mutation', async () => {
    const { result, started } = await run(30, 'mutation { slow { a b c } again { a } }');
    expect(started).toEqual(['slow', 'a', 'b', 'c']);
    expect(result.data).toEqual({ slow: { a: 'a', b: 'b', c: 'c' }, again: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['OPERATION_TIMED_OUT']);
  });
});
