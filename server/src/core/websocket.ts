import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { viewerFromAuthorization } from './auth.js';
import { createContext, type AppServices } from './context.js';
import { formatError } from './errors.js';

const GOING_AWAY = 1001;

/** graphql-ws on the shared HTTP server: the same context factory and error masking as HTTP. */
export function attachGraphqlWs(wsServer: WebSocketServer, schema: GraphQLSchema, services: AppServices, operatorToken: string | null) {
  const cleanup = useServer(
    {
      schema,
      context: (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        return createContext(
          services,
          viewerFromAuthorization(typeof authorization === 'string' ? authorization : undefined, operatorToken),
        );
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) =>
            formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error, services.logger),
          ),
        };
      },
    },
    wsServer,
  );
  return {
    close: async () => {
      for (const client of wsServer.clients) client.close(GOING_AWAY, 'Server shutting down');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
