import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type RequestHandler } from 'express';
import type { AppServices } from '../core/context.js';
import type { PageHeadSource } from '../core/page-head-source.js';
import { readCookie } from '../features/session/session-cookie.js';
import { ENCODINGS, chooseEncoding, type AssetEncoding } from './content-encoding.js';
import { dataPageHeads } from './data-page-heads.js';
import { builtDocument, sendHtml } from './html-document.js';
import { pageShells, type Audience } from './page-shells.js';

/** Vite names every file under /assets by its content's hash: a new build makes new names, never new bytes under an old one. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the SPA fallback) must be revalidated, or a browser would keep pointing at old assets. */
const REVALIDATE = 'no-cache';

/**
 * In production one URL serves everything: the built client's assets (pre-compressed, cached for a year), its
 * other files, and index.html for every other page the browser asks for (the client routes it): a page's own copy
 * where the build made one, with its head written in for the reader where the head is data.
 */
export function serveClient(
  app: Express,
  services: AppServices,
  options: { clientDist: string | null; sessionCookie: string; pageHeads: readonly PageHeadSource[] },
): void {
  const { clientDist, sessionCookie } = options;
  if (!clientDist || !existsSync(path.join(clientDist, 'index.html'))) return;
  app.use('/assets', serveAssets(path.join(clientDist, 'assets')));
  app.use(
    express.static(clientDist, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('cache-control', REVALIDATE) }),
  );
  const index = builtDocument(path.join(clientDist, 'index.html'));
  const shellFor = pageShells(clientDist);
  const withDataHead = dataPageHeads(services, options.pageHeads);
  app.get('/{*splat}', (req, res, next) => {
    if (!req.accepts('html')) return next();
    const page = pagePath(req.path);
    const shell = shellFor(audienceOf(req, sessionCookie), page);
    if (!shell?.dataHead) return sendHtml(req, res, shell?.document ?? index, 'shared');
    // A data page is always private, with its head or without: the headers say nothing of whether it had one.
    withDataHead(req, res, shell, page)
      .then((written) => sendHtml(req, res, written ?? shell.document, 'private'))
      .catch(next);
  });
}

/**
 * Which copy of a page with a fixed head: a browser without a session cookie is surely a visitor, one with a cookie
 * most likely a member; should its session have ended, the page replaces the member's head with the visitor's once
 * it knows. Only the cookie's presence is read: such a page costs no session lookup (a data page's head does, as its
 * words depend on the reader's rights).
 */
function audienceOf(req: Request, sessionCookie: string): Audience {
  return readCookie(req.headers.cookie, sessionCookie) === null ? 'visitor' : 'member';
}

/** "/experts/" and "/experts" are one page. */
function pagePath(requestPath: string): string {
  return requestPath.length > 1 ? requestPath.replace(/\/+$/, '') : requestPath;
}

/**
 * The asset folder is read once, at start: it does not change under a running server, so a request costs a map
 * lookup, and only files the build wrote can be sent (no path from the URL reaches the file system). A name the
 * build did not write is a 404, not index.html: a page still running an older build then fails to load a chunk
 * with an honest error instead of parsing HTML as JavaScript.
 */
function serveAssets(dir: string): RequestHandler {
  const variants = assetVariants(dir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const available = variants.get(name);
    if (!available) {
      res.status(404).setHeader('cache-control', REVALIDATE);
      res.type('text/plain').send('Not found');
      return;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding'], available);
    res.vary('Accept-Encoding');
    res.setHeader('cache-control', IMMUTABLE);
    // The type of the file as built, not of its .br or .gz variant.
    res.type(path.extname(name));
    if (encoding) res.setHeader('content-encoding', encoding);
    const suffix = ENCODINGS.find((e) => e.name === encoding)?.suffix ?? '';
    // Ranges of a compressed body confuse more clients than they help: scripts and styles are fetched whole.
    res.sendFile(path.join(dir, name + suffix), { cacheControl: false, acceptRanges: false }, (error) => {
      if (error) next(error);
    });
  };
}

/** Each file the build wrote (by its path under the folder) and which compressed variants lie beside it. */
function assetVariants(dir: string): Map<string, Set<AssetEncoding>> {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()) : [];
  const names = new Set(files.map((f) => path.relative(dir, path.join(f.parentPath, f.name)).split(path.sep).join('/')));
  const variants = new Map<string, Set<AssetEncoding>>();
  for (const name of names) {
    if (ENCODINGS.some((e) => name.endsWith(e.suffix) && names.has(name.slice(0, -e.suffix.length)))) continue;
    variants.set(name, new Set(ENCODINGS.filter((e) => names.has(name + e.suffix)).map((e) => e.name)));
  }
  return variants;
}
