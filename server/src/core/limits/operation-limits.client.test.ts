import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientOperations, worstCaseVariables } from './client-operations.test-support.js';
import { operationCost } from './operation-cost.js';
import { LIMITED_PARSE_OPTIONS, OPERATION_LIMITS, operationLimitRules } from './operation-limits.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const operations = clientOperations();
/** The largest `first` any list of the API accepts. */
const LARGEST_PAGE = 100;

describe('every operation the client sends passes the limits', () => {
  it('finds the generated operations', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations.map((o) => [o.name, o.document] as const))('%s', (_name, document) => {
    const sent = parse(print(document), LIMITED_PARSE_OPTIONS);
    expect(validate(schema, sent, [...specifiedRules, ...operationLimitRules()]).map((e) => e.message)).toEqual([]);
    const cost = operationCost(schema, { document: sent, variables: worstCaseVariables(schema, sent, LARGEST_PAGE) });
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(OPERATION_LIMITS.cost);
  });
});
