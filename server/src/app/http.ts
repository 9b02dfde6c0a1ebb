import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { Config } from '../core/config.js';
import type { AppServices, Context } from '../core/context.js';
import { FEATURES } from './features.js';
import { trackSessionSockets } from '../core/live-sockets.js';
import { apolloOptions } from './apollo.js';
import { unexpectedErrors } from '../core/limits/request-errors.js';
import { SOCKET_LIMITS } from '../core/limits/socket-limits.js';
import { graphqlEndpoint } from './graphql-endpoint.js';
import { pathOf, requestStart } from './request-start.js';
import { serveClient } from './serve-client.js';
import { sessionCookieName } from '../features/session/session-cookie.js';
import { attachGraphqlWs } from './websocket.js';

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** Stops accepting, lets in-flight requests finish, closes sockets with 1001 "Going Away". */
  close: () => Promise<void>;
}

type HttpConfig = Pick<Config, 'host' | 'port' | 'env' | 'introspection' | 'clientDist' | 'allowedOrigins'>;

export async function startHttpServer(services: AppServices, schema: GraphQLSchema): Promise<RunningServer> {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  // Answers are `no-store` and per viewer: a hash of every body for an ETag that no cache may use is wasted work.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const start = requestStart(services.logger, config.publicUrl);
  let graphql: ReturnType<typeof graphqlEndpoint> | undefined;
  // `/graphql` bypasses Express (graphql-endpoint.ts); every other path is an Express route.
  const httpServer = createServer((req, res) => {
    const log = start(req, res);
    if (graphql && isGraphqlPath(req)) return graphql(req, res, log);
    Object.assign(res, { locals: { log: log.logger } });
    app(req, res);
  });
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: SOCKET_LIMITS.maxPayloadBytes,
    verifyClient: ({ origin }: { origin?: string }) => originAllowed(origin, config),
  });
  const sockets = trackSessionSockets(services.events);
  const websocket = attachGraphqlWs(wsServer, schema, services, sockets);

  const apollo = new ApolloServer<Context>(apolloOptions(services, schema, [ApolloServerPluginDrainHttpServer({ httpServer })]));
  await apollo.start();
  graphql = graphqlEndpoint(apollo, services);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await services.orm.em
      .fork()
      .getConnection()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      );
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  for (const route of FEATURES.flatMap((feature) => feature.routes ?? [])) app[route.method](route.path, route.handler(services));
  serveClient(app, services, {
    clientDist: config.clientDist,
    sessionCookie: sessionCookieName(config),
    pageHeads: FEATURES.flatMap((feature) => feature.pageHeads ?? []),
  });
  app.use(unexpectedErrors(services.logger));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  return {
    url,
    httpServer,
    close: async () => {
      sockets.stop();
      await websocket.close();
      await apollo.stop();
    },
  };
}

/**
 * Browsers always send Origin on a WebSocket upgrade; tools and servers do not and carry no cookies. Exactly
 * the configured origins, in development too: any other local page could otherwise use the member's cookie.
 */
function originAllowed(origin: string | undefined, config: HttpConfig): boolean {
  if (!origin) return true;
  return config.allowedOrigins.includes(origin);
}

/** The GraphQL endpoint and whatever lies under it, as Express's `app.use('/graphql', …)` matched it. */
function isGraphqlPath(req: IncomingMessage): boolean {
  const path = pathOf(req);
  return path === '/graphql' || path.startsWith('/graphql/');
}
