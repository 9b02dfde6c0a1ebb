import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import { createContext, type AppServices } from '../core/context.js';
import { formatError } from '../core/errors.js';
import type { SessionSockets, SocketViewer } from '../core/live-sockets.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';

const GOING_AWAY = 1001;

interface SocketExtra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: SocketViewer;
}

/**
 * graphql-ws on the shared HTTP server. The viewer comes from the session cookie sent with the upgrade and is
 * read again for every operation and kept current for every live event; a session that ends closes its
 * sockets (see live-sockets). Errors are masked exactly as over HTTP.
 */
export function attachGraphqlWs(wsServer: WebSocketServer, schema: GraphQLSchema, services: AppServices, sockets: SessionSockets) {
  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const { cookie } = ctx.extra.request.headers;
        ctx.extra.viewer = await sockets.open(ctx.extra.socket, () => resolveViewer(services, cookie));
        return true;
      },
      context: async (ctx) => {
        const live = ctx.extra.viewer!;
        // Each operation acts for the session as it is now (one statement), not as it was when the socket opened.
        await live.refresh();
        const context = createContext(services, {
          request: {
            ip: ctx.extra.request.socket.remoteAddress ?? null,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
            setCookie: null,
          },
        });
        // A subscription keeps this context for its lifetime: each event is checked against the rights of now.
        return Object.defineProperty(context, 'viewer', { get: () => live.current, enumerable: true });
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
