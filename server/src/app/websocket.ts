import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Viewer } from '../core/auth.js';
import { createContext, type AppServices } from '../core/context.js';
import { formatError } from '../core/errors.js';
import type { SessionSockets } from '../core/live-sockets.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';
import { checkSocketOperation } from '../core/limits/socket-operation.js';
import { createSocketLimits } from '../core/limits/socket-limits.js';

const GOING_AWAY = 1001;

interface SocketExtra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer;
}

/**
 * graphql-ws on the shared HTTP server. The viewer comes from the session cookie sent with the upgrade;
 * a revoked session's sockets are closed (see live-sockets). Errors are masked exactly as over HTTP.
 */
export function attachGraphqlWs(wsServer: WebSocketServer, schema: GraphQLSchema, services: AppServices, sockets: SessionSockets) {
  const limits = createSocketLimits();
  wsServer.on('connection', (socket, request) => limits.admitAddress(socket, request));
  const operationOptions = { introspection: services.config.introspection, hideSchemaDetails: services.config.env === 'production' };
  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const viewer = await resolveViewer(services, ctx.extra.request.headers.cookie);
        ctx.extra.viewer = viewer;
        if (viewer.kind === 'member') {
          if (!limits.admitSession(ctx.extra.socket, viewer.sessionId)) return false;
          sockets.add(viewer.sessionId, ctx.extra.socket);
        }
        return true;
      },
      // Apollo's parse options, validation rules and cost plugin do not reach graphql-ws: the same checks, here.
      onSubscribe: (ctx, _id, payload) => checkSocketOperation(schema, payload, Object.keys(ctx.subscriptions).length, operationOptions),
      context: (ctx) =>
        createContext(services, {
          viewer: ctx.extra.viewer,
          request: {
            ip: ctx.extra.request.socket.remoteAddress ?? null,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
            setCookie: null,
          },
        }),
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
