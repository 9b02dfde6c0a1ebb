import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { Config } from '../core/config.js';
import type { Em } from '../db/orm.js';
import { createContext, type AppServices, type Context } from '../core/context.js';
import { FEATURES } from './features.js';
import { trackSessionSockets } from '../core/live-sockets.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';
import { apolloOptions } from './apollo.js';
import { bodyErrors, unexpectedErrors } from '../core/limits/request-errors.js';
import { securityHeaders } from '../core/limits/security-headers.js';
import { SOCKET_LIMITS } from '../core/limits/socket-limits.js';
import { serveClient } from './serve-client.js';
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
  const httpServer = createServer(app);
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

  app.use(requestLogging(services));
  app.use(securityHeaders(config.publicUrl));
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
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: '100kb' }),
    bodyErrors(services.logger),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let em: Em | undefined;
        const fork = () => (em ??= services.orm.em.fork());
        return createContext(services, {
          viewer: await resolveViewer(services, req.headers.cookie, fork),
          em: fork,
          logger: res.locals.log,
          request: {
            // Read by the commands that rate-limit by address only: behind a proxy, working it out walks X-Forwarded-For.
            get ip() {
              return req.ip ?? null;
            },
            userAgent: req.headers['user-agent'] ?? null,
            setCookie: (header) => res.append('set-cookie', header),
          },
        });
      },
    }),
  );
  serveClient(app, config.clientDist);
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

/** Answers are per viewer and never to be kept by a browser or proxy (what Apollo's cache-control plugin sent). */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

function requestLogging(services: AppServices): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.log = services.logger.child({ requestId });
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only: query strings may carry search words, which can be personal.
      services.logger.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  };
}
