import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import express from 'express';
import { createContext, type AppServices, type Context } from '../core/context.js';
import { answerUnexpected, refuseBody } from '../core/limits/request-errors.js';
import { clientAddressReader } from '../core/limits/socket-limits.js';
import type { Em } from '../db/orm.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';
import type { RequestLog } from './request-start.js';

/** A request body larger than this is refused (413) before it is parsed. */
const BODY_LIMIT = '100kb';

/** The body as body-parser leaves it: parsed JSON, or unset when the request had none (a GET). */
type ParsedRequest = IncomingMessage & { body?: unknown };

/**
 * `/graphql` served from node:http straight into Apollo's request pipeline. Express's router, its per-request
 * prototype swap and the Express integration (which re-parses the URL with the legacy `url.parse`) are a fixed
 * cost on every operation that does nothing for it (bench S1). The body is still read by express.json
 * (body-parser): the same limit, charsets, encodings and errors as before.
 */
export function graphqlEndpoint(
  apollo: ApolloServer<Context>,
  services: AppServices,
): (req: IncomingMessage, res: ServerResponse, log: RequestLog) => void {
  const readJson = express.json({ limit: BODY_LIMIT });
  const clientAddress = clientAddressReader(services.config.trustProxy);
  return (req, res, log) => {
    // Answers are per viewer and never to be kept by a browser or proxy (what Apollo's cache-control plugin sent).
    res.setHeader('cache-control', 'no-store');
    readJson(req, res, (error?: unknown) => {
      if (error) {
        if (!refuseBody(error, res, log.logger)) answerUnexpected(error, res, log.logger);
        return;
      }
      answer(req as ParsedRequest, res, log).catch((failure: unknown) => answerUnexpected(failure, res, log.logger));
    });
  };

  async function answer(req: ParsedRequest, res: ServerResponse, log: RequestLog): Promise<void> {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: graphqlRequest(req),
      context: async () => {
        let em: Em | undefined;
        const fork = () => (em ??= services.orm.em.fork());
        return createContext(services, {
          viewer: await resolveViewer(services, req.headers.cookie, fork),
          em: fork,
          logger: () => log.logger,
          request: {
            // Read by the commands that rate-limit by address only: behind a proxy, working it out walks X-Forwarded-For.
            get ip() {
              return clientAddress(req);
            },
            userAgent: req.headers['user-agent'] ?? null,
            setCookie: (header) => appendSetCookie(res, header),
          },
        });
      },
    });
    await send(res, response);
  }
}

/** What the Express integration hands Apollo: the method, every header, the query string and the parsed body. */
function graphqlRequest(req: ParsedRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return { method: req.method?.toUpperCase() ?? 'GET', headers, search: query === -1 ? '' : url.slice(query), body: req.body };
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  // Incremental delivery (@defer), which Strom does not enable; written as the integration did.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Sign-in sets the session cookie; another Set-Cookie already on the response stays. */
function appendSetCookie(res: ServerResponse, header: string): void {
  const present = res.getHeader('set-cookie');
  const list = present === undefined ? [] : Array.isArray(present) ? present : [String(present)];
  res.setHeader('set-cookie', [...list, header]);
}
