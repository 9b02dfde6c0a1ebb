import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { QueryTooComplex } from '../errors.js';
import { duplicatedFieldsRule } from './duplicated-fields.rule.js';
import { maxDirectivesRule } from './max-directives.rule.js';

/**
 * What one operation may ask for, checked before it runs, over HTTP and WebSocket alike. Each number sits
 * well above what the client's own operations need (operation-limits.client.test.ts measures all of them)
 * and far below what hurts the server; why each number is what it is sits beside it.
 */
export const OPERATION_LIMITS = {
  /** Lexical tokens in the document: bounds parsing and graphql-js's own validation, which is quadratic in repeated fields. */
  tokens: 1_000,
  /** Nesting of fields; fragments count as if inlined. A connection page (`x { edges { node { … } } }`) takes three levels. */
  depth: 8,
  aliases: 15,
  /** In the whole document, fragments included. */
  directives: 10,
  /** Occurrences of one response key in one selection set: a client has no reason to repeat a field. */
  duplicatedFields: 2,
  /** See operation-cost.ts: every field costs 1, a page of `first` multiplies what is inside it. */
  cost: 10_000,
  /** Wall time of one HTTP operation; the client's slowest takes well under a second. See operation-time-budget.plugin.ts. */
  timeBudgetMs: 10_000,
} as const;

/** graphql-js's parser counts tokens itself and stops at the limit (GRAPHQL_PARSE_FAILED). */
export const LIMITED_PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.tokens };

/** graphql-armor reports "Syntax Error: …" and throws; we report a typed, readable error and let validation finish. */
const asTypedError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new QueryTooComplex(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** Validation rules added to graphql-js's own, for Apollo (`validationRules`) and for graphql-ws (onSubscribe). */
export function operationLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ ...asTypedError, n: OPERATION_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true }),
    // `__typename` is not exempt (armor's default allow-list): a thousand aliased __typename still cost a thousand fields.
    maxAliasesRule({ ...asTypedError, n: OPERATION_LIMITS.aliases, allowList: [] }),
    maxDirectivesRule(OPERATION_LIMITS.directives),
    duplicatedFieldsRule(OPERATION_LIMITS.duplicatedFields),
  ];
}
