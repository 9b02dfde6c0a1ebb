import { GraphQLError, getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooComplex } from '../errors.js';
import { OPERATION_LIMITS } from './operation-limits.js';

/**
 * Lists without `first` (countries, services, roles, facet counts) hold a handful of entries each; counting
 * them ten times keeps a list inside a page from looking free.
 */
const UNPAGED_LIST_SIZE = 10;

/**
 * Every field costs 1. A page (`first: n`) costs n times what is inside it, so nested pages multiply:
 * `organisations(first: 100) { edges { node { experts(first: 100) { … } } } }` costs over 10,000. The list
 * inside a page (a connection's `edges`, the search's `hits`) is the page itself, already counted by `first`;
 * any other list counts UNPAGED_LIST_SIZE times.
 */
function fieldEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const pageTypes = typesReturnedByPages(schema);
  return ({ type, field, args, childComplexity }) => {
    if (typeof args.first === 'number') return 1 + Math.max(args.first, 0) * childComplexity;
    // Introspection lists: graphql-js's own MaxIntrospectionDepthRule already refuses nesting them.
    const isUnpagedList = isListType(getNullableType(field.type)) && !pageTypes.has(type.name) && !type.name.startsWith('__');
    return 1 + (isUnpagedList ? UNPAGED_LIST_SIZE : 1) * childComplexity;
  };
}

/** The object types that a field taking `first` returns (ExpertConnection, SearchResults…). */
function typesReturnedByPages(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => arg.name === 'first')) names.add(getNamedType(field.type).name);
    }
  }
  return names;
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  const known = estimators.get(schema);
  if (known) return known;
  const estimator = fieldEstimator(schema);
  estimators.set(schema, estimator);
  return estimator;
}

export interface OperationRequest {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** Fields visited while estimating: fragments spread into fragments could otherwise make the estimate itself expensive. */
const MAX_VISITED_NODES = 10_000;

/**
 * The operation's cost; Infinity when estimating it would visit too many fields. A variable or argument that
 * does not fit its type throws: estimating around it would let the rest of the operation run unmeasured.
 */
export function operationCost(schema: GraphQLSchema, request: OperationRequest): number {
  try {
    return getComplexity({
      schema,
      query: request.document,
      variables: request.variables ?? {},
      operationName: request.operationName ?? undefined,
      estimators: [estimatorFor(schema)],
      maxQueryNodes: MAX_VISITED_NODES,
    });
  } catch (error) {
    if (error instanceof Error && error.message.includes('maximum allowed number of nodes')) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/** The error to send when the operation costs too much or its arguments cannot be read, or null when it may run. */
export function costLimitError(schema: GraphQLSchema, request: OperationRequest): GraphQLError | null {
  let cost: number;
  try {
    cost = operationCost(schema, request);
  } catch (error) {
    // The same words execution would use ("Variable "$first" got invalid value…"), refused before it starts.
    return new GraphQLError(error instanceof Error ? error.message : 'Invalid arguments', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (cost <= OPERATION_LIMITS.cost) return null;
  const estimate = Number.isFinite(cost) ? `its estimated cost is ${cost}` : 'it has too many fields to estimate';
  return new QueryTooComplex(
    `This operation is too expensive: ${estimate}, the limit is ${OPERATION_LIMITS.cost}. Ask for smaller pages or fewer nested lists.`,
  );
}
