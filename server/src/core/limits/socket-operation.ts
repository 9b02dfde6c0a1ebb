import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { TooManySubscriptions } from '../errors.js';
import { costLimitError } from './operation-cost.js';
import { LIMITED_PARSE_OPTIONS, operationLimitRules } from './operation-limits.js';

/** Subscriptions one WebSocket may carry at once; the client opens one socket per tab and needs a handful. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

export interface SocketOperationOptions {
  introspection: boolean;
  /** Production: no "Did you mean …?" in validation errors, as Apollo's hideSchemaDetailsFromClientErrors. */
  hideSchemaDetails: boolean;
}

/**
 * graphql-ws's onSubscribe: the same parse, validation and limits as Apollo applies over HTTP, so a WebSocket is
 * no way around them. Returns what to execute, or the typed errors to send back instead.
 */
export function checkSocketOperation(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  activeSubscriptions: number,
  options: SocketOperationOptions,
): ExecutionArgs | readonly GraphQLError[] {
  // graphql-ws counts the one being subscribed too.
  if (activeSubscriptions > MAX_SUBSCRIPTIONS_PER_SOCKET) return [new TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_SOCKET)];
  const document = checkedDocument(schema, payload.query, options);
  if (!isDocument(document)) return document;
  const request = { document, variables: payload.variables, operationName: payload.operationName };
  const tooCostly = costLimitError(schema, request);
  if (tooCostly) return [tooCostly];
  return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
}

/** Valid documents, per schema, by options and query text; the oldest goes first past KEPT. */
const checkedDocuments = new WeakMap<GraphQLSchema, Map<string, DocumentNode>>();
const KEPT = 1000;

/**
 * The query parsed and validated, or why not. A valid one is kept by its text, as Apollo's document store does over
 * HTTP: every participant of a meeting subscribes with the same text, and validating it was the largest cost of a
 * subscribe (bench S5, 1,000 participants joining). Invalid texts are not kept: nobody needs them again.
 */
function checkedDocument(schema: GraphQLSchema, query: string, options: SocketOperationOptions): DocumentNode | readonly GraphQLError[] {
  let known = checkedDocuments.get(schema);
  if (!known) checkedDocuments.set(schema, (known = new Map()));
  const key = `${options.introspection} ${options.hideSchemaDetails} ${query}`;
  const found = known.get(key);
  if (found) return found;
  const checked = parseAndValidate(schema, query, options);
  if (!isDocument(checked)) return checked;
  if (known.size >= KEPT) known.delete(known.keys().next().value!);
  known.set(key, checked);
  return checked;
}

function parseAndValidate(schema: GraphQLSchema, query: string, options: SocketOperationOptions): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, LIMITED_PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [withCode(error, 'GRAPHQL_PARSE_FAILED', false)];
  }
  const rules = [...specifiedRules, ...operationLimitRules(), ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const invalid = validate(schema, document, rules);
  return invalid.length > 0 ? invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED', options.hideSchemaDetails)) : document;
}

const isDocument = (checked: DocumentNode | readonly GraphQLError[]): checked is DocumentNode => !Array.isArray(checked);

/** Our limit errors carry their own code; graphql-js's own errors get the one Apollo would give them. */
function withCode(error: GraphQLError, code: string, hideSchemaDetails: boolean): GraphQLError {
  if (typeof error.extensions.code === 'string') return error;
  const message = hideSchemaDetails ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}
