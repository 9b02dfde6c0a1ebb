import type { ApolloServerPlugin } from '@apollo/server';
import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { OperationTimedOut } from '../errors.js';

/** Set on an HTTP operation's context while it executes; read before each resolver runs. */
const BUDGET = Symbol('operationTimeBudget');

interface Budget {
  ms: number;
  /** Set by one timer: the check before a resolver is a property read, not a clock read. */
  timedOut: boolean;
}

/**
 * Stops an HTTP operation that runs past `budgetMs`. graphql-js 16 cannot abort an execution, so the budget is
 * kept at resolver boundaries: once the time is up, every resolver that has yet to start fails at once (and so
 * no further SQL runs), and the response carries one OPERATION_TIMED_OUT error. A resolver already waiting for
 * the database finishes its statement first. Fields without a resolver only read a property of their parent
 * and are left alone.
 *
 * The check is a wrapper around the schema's resolvers, installed once at start, not Apollo's per-field
 * `willResolveField` hook: any plugin with that hook makes Apollo wrap every field of the schema, plain
 * properties included, and call each plugin's hook per field of every operation.
 */
export function operationTimeBudgetPlugin(budgetMs: number): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      guardResolvers(schema);
    },
    async requestDidStart() {
      const budget: Budget = { ms: budgetMs, timedOut: false };
      let timer: NodeJS.Timeout | undefined;
      return {
        async executionDidStart({ contextValue }) {
          Object.defineProperty(contextValue, BUDGET, { value: budget });
          timer = setTimeout(() => {
            budget.timedOut = true;
          }, budgetMs);
          timer.unref();
        },
        async willSendResponse({ response }) {
          clearTimeout(timer);
          if (!budget.timedOut || response.body.kind !== 'single') return;
          // One error says it all, not one per field that did not run. The data stays: a mutation field that
          // finished before the budget ran out did happen.
          const { singleResult } = response.body;
          const first = singleResult.errors?.find((e) => e.extensions?.code === 'OPERATION_TIMED_OUT');
          if (first) response.body.singleResult = { ...singleResult, errors: [{ message: first.message, extensions: first.extensions }] };
        },
      };
    },
  };
}

const guarded = new WeakSet<GraphQLSchema>();

/** Wraps each resolver of the schema's query and mutation fields once; an operation without a budget (a subscription) passes. */
function guardResolvers(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  const subscription = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === subscription || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = withinBudget(field.resolve);
    }
  }
}

/**
 * A mutation field that has run is a committed command: the fields of its answer resolve even past the budget.
 * Stopping them would answer OPERATION_TIMED_OUT for a change that happened (a host's commands queued behind one
 * meeting's lock in bench S6 did), and a client would retry a command that is done. A further root mutation
 * field does not start.
 */
function answersRanMutation(info: GraphQLResolveInfo): boolean {
  return info.operation.operation === 'mutation' && info.path.prev !== undefined;
}

function withinBudget(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const budget = (context as { [BUDGET]?: Budget } | null)?.[BUDGET];
    if (budget?.timedOut && !answersRanMutation(info)) throw new OperationTimedOut(budget.ms);
    return resolve(source, args, context, info);
  };
}
