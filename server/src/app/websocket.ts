import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import { createContext, type AppServices } from '../core/context.js';
import { formatError } from '../core/errors.js';
import type { SessionSockets, SocketViewer } from '../core/live-sockets.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';
import { checkSocketOperation } from '../core/limits/socket-operation.js';
import { subscribeSharingResults } from '../core/live/shared-execution.js';
import type { SocketDelivery } from '../core/live/direct-delivery.js';
import { clientAddressReader, createSocketLimits } from '../core/limits/socket-limits.js';

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
  const clientAddress = clientAddressReader(services.config.trustProxy);
  const limits = createSocketLimits(clientAddress);
  wsServer.on('connection', (socket, request) => limits.admitAddress(socket, request));
  const formatResult = (result: ExecutionResult): FormattedExecutionResult =>
    result.errors?.length
      ? {
          ...result,
          errors: result.errors.map((error) =>
            formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error, services.logger),
          ),
        }
      : result;
  const operationOptions = { introspection: services.config.introspection, hideSchemaDetails: services.config.env === 'production' };
  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      subscribe: subscribeSharingResults,
      onConnect: async (ctx) => {
        const { cookie } = ctx.extra.request.headers;
        const viewer = await resolveViewer(services, cookie);
        if (viewer.kind === 'member' && !limits.admitSession(ctx.extra.socket, viewer.sessionId)) return false;
        ctx.extra.viewer = sockets.open(ctx.extra.socket, viewer, () => resolveViewer(services, cookie));
        return true;
      },
      // Apollo's parse options, validation rules and cost plugin do not reach graphql-ws: the same checks, here.
      onSubscribe: (ctx, _id, payload) => checkSocketOperation(schema, payload, Object.keys(ctx.subscriptions).length, operationOptions),
      context: async (ctx, id) => {
        const live = ctx.extra.viewer!;
        // Each operation acts for the session as it is now (one statement), not as it was when the socket opened.
        await live.refresh();
        const context = createContext(services, {
          request: {
            ip: clientAddress(ctx.extra.request),
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
            setCookie: null,
          },
        });
        // A subscription keeps this context for its lifetime: each event is checked against the rights of now.
        Object.defineProperty(context, 'viewer', { get: () => live.current, enumerable: true });
        context.delivery = socketDelivery(ctx.extra.socket, id, formatResult);
        return context;
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? formatResult(result) : undefined),
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

/** A subscription's `next` messages written straight to its socket, as graphql-ws would write them (direct-delivery.ts). */
function socketDelivery(socket: WebSocket, id: string, format: SocketDelivery['format']): SocketDelivery {
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return {
    send: (payload) => {
      if (socket.readyState === socket.OPEN) socket.send(`${head}${payload}}`);
    },
    format,
  };
}
