import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { costLimitError, type OperationRequest } from './operation-cost.js';

/** Distinct variable sets remembered per document; past this, the document's set starts over. */
const MAX_PASSED_PER_DOCUMENT = 256;

/**
 * Refuses an operation whose cost is over the limit, after validation and before execution. The cost needs the
 * variables (`first: $first`), which validation rules never see; this is the first hook that has both.
 */
export function operationCostPlugin(): ApolloServerPlugin {
  const passed = passedOperations();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const operation = { document, variables: request.variables, operationName: request.operationName };
          if (passed.has(operation)) return;
          const error = costLimitError(schema, operation);
          // Apollo answers what this hook throws with status 500 unless the error names another.
          if (error)
            throw new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, http: { status: 400 } } });
          passed.add(operation);
        },
      };
    },
  };
}

function keyOf({ variables, operationName }: OperationRequest): string {
  return `${operationName ?? ''} ${JSON.stringify(variables ?? {})}`;
}

/**
 * Operations whose cost was within the limit. The cost is a function of the document, the operation name and
 * the variables only, and Apollo's document store hands every request of one query text the same parsed
 * document: the client's pages, asked again and again, are estimated once per set of variables.
 */
function passedOperations() {
  const byDocument = new WeakMap<DocumentNode, Set<string>>();
  return {
    has: (operation: OperationRequest) => byDocument.get(operation.document)?.has(keyOf(operation)) ?? false,
    add: (operation: OperationRequest) => {
      let keys = byDocument.get(operation.document);
      if (!keys || keys.size >= MAX_PASSED_PER_DOCUMENT) byDocument.set(operation.document, (keys = new Set()));
      keys.add(keyOf(operation));
    },
  };
}
