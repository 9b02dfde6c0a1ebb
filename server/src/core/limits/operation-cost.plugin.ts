import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { costLimitError } from './operation-cost.js';

/**
 * Refuses an operation whose cost is over the limit, after validation and before execution. The cost needs the
 * variables (`first: $first`), which validation rules never see; this is the first hook that has both.
 */
export function operationCostPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const error = costLimitError(schema, { document, variables: request.variables, operationName: request.operationName });
          // Apollo answers what this hook throws with status 500 unless the error names another.
          if (error)
            throw new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
