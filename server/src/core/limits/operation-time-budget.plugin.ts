import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTimedOut } from '../errors.js';

/**
 * Stops an HTTP operation that runs past `budgetMs`. graphql-js 16 cannot abort an execution, so the budget is
 * kept at field boundaries: once the time is up, every field that has yet to start fails at once, no further
 * resolver (and so no further SQL) runs, and the response carries one OPERATION_TIMED_OUT error. A resolver
 * already waiting for the database finishes its statement first.
 */
export function operationTimeBudgetPlugin(budgetMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      return {
        async executionDidStart() {
          // A flag set by one timer: the per-field check is a property read, not a clock read.
          timer = setTimeout(() => {
            timedOut = true;
          }, budgetMs);
          timer.unref();
          return {
            willResolveField() {
              if (timedOut) throw new OperationTimedOut(budgetMs);
            },
          };
        },
        async willSendResponse({ response }) {
          clearTimeout(timer);
          if (!timedOut || response.body.kind !== 'single') return;
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
