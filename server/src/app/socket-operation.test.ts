import 'reflect-metadata';
import { GraphQLError, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from './schema.js';
import { checkSocketOperation } from '../core/limits/socket-operation.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});

const POST_ADDED = `subscription ($threadId: ID!) { postAdded(threadId: $threadId) { cursor node { id } } }`;
const production = { introspection: false, hideSchemaDetails: true };
const development = { introspection: true, hideSchemaDetails: false };
const check = (query: string, options = production, variables: Record<string, unknown> = { threadId: 'a' }) =>
  checkSocketOperation(schema, { query, variables }, 1, options);

function accepted(result: ExecutionArgs | readonly GraphQLError[]): ExecutionArgs {
  if ('document' in result) return result;
  throw new Error(`refused: ${result.map((error) => error.message).join('; ')}`);
}

describe('a subscribe over the WebSocket', () => {
  it('validates one query text once: every subscriber of it executes the same document', () => {
    const first = accepted(check(POST_ADDED));
    const second = accepted(check(POST_ADDED, production, { threadId: 'b' }));
    expect(second).not.toBe(first);
    expect(second.document).toBe(first.document);
    expect(second.variableValues).toEqual({ threadId: 'b' });
  });

  it('is validated under its own options: an introspection query refused in production is still refused after development took it', () => {
    const introspection = `subscription { postAdded(threadId: "a") { cursor } } query Types { __schema { types { name } } }`;
    const operationOnly = `query Types { __schema { types { name } } }`;
    expect(Array.isArray(check(operationOnly, development, {}))).toBe(false);
    const refused = check(operationOnly, production, {});
    expect(Array.isArray(refused) && refused.every((error) => error instanceof GraphQLError)).toBe(true);
    expect((refused as GraphQLError[]).map((error) => error.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(Array.isArray(check(introspection, production, {}))).toBe(true);
  });

  it('refuses an invalid text every time, with the same typed error', () => {
    const invalid = `subscription { postAdded(threadId: "a") { noSuchField } }`;
    for (let i = 0; i < 2; i++) {
      const refused = check(invalid);
      expect(Array.isArray(refused)).toBe(true);
      expect((refused as GraphQLError[])[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
