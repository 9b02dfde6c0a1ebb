import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { readCookie } from '../features/session/session-cookie.js';

/** Vite names every file under /assets by its content's hash: a new build makes new names, never new bytes under an old one. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the SPA fallback) must be revalidated, or a browser would keep pointing at old assets. */
const REVALIDATE = 'no-cache';

/** The compressed variants the client build writes beside an asset (client/scripts/compress-assets.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type AssetEncoding = (typeof ENCODINGS)[number]['name'];

/**
 * In production one URL serves everything: the built client's assets (pre-compressed, cached for a year), its
 * other files, and index.html for every other page the browser asks for (the client routes it).
 */
export function serveClient(app: Express, clientDist: string | null, sessionCookie: string): void {
  if (!clientDist || !existsSync(path.join(clientDist, 'index.html'))) return;
  app.use('/assets', serveAssets(path.join(clientDist, 'assets')));
  app.use(
    express.static(clientDist, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('cache-control', REVALIDATE) }),
  );
  const index = htmlDocument(path.join(clientDist, 'index.html'));
  const shellFor = pageShells(clientDist);
  app.get('/{*splat}', (req, res, next) => {
    if (!req.accepts('html')) return next();
    sendHtml(req, res, shellFor(audienceOf(req, sessionCookie), pagePath(req.path)) ?? index);
  });
}

/**
 * A page of the build, read once at start; each compressed variant is made on its first request and kept (making
 * them all at start cost every server, test servers included, ~0.2 s). Its ETag is a hash of its words: the two
 * audiences' copies of a page are built in the same moment, and a tag made of size and time (Express's) could
 * match across them, so that a browser that signed in would be told its visitor's copy was still good.
 */
interface HtmlDocument {
  etag: string;
  body: Buffer;
  encoded: Map<AssetEncoding, Buffer>;
}

function htmlDocument(file: string): HtmlDocument {
  const body = readFileSync(file);
  // Weak: the tag names the words, whichever encoding carries them.
  return { etag: `W/"${createHash('sha256').update(body).digest('base64url')}"`, body, encoded: new Map() };
}

function encodedBody(page: HtmlDocument, encoding: AssetEncoding | null): Buffer {
  if (!encoding) return page.body;
  let encoded = page.encoded.get(encoding);
  if (!encoded) {
    encoded = encoding === 'br' ? brotliCompressSync(page.body) : gzipSync(page.body);
    page.encoded.set(encoding, encoded);
  }
  return encoded;
}

function sendHtml(req: Request, res: Response, page: HtmlDocument): void {
  res.setHeader('cache-control', REVALIDATE);
  // The page's own shell depends on whether the browser has a session: no shared cache may hand one to the other.
  res.vary('Cookie');
  res.vary('Accept-Encoding');
  res.setHeader('etag', page.etag);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'], new Set(ENCODINGS.map((e) => e.name)));
  if (encoding) res.setHeader('content-encoding', encoding);
  res.type('html').send(encodedBody(page, encoding));
}

type Audience = 'visitor' | 'member';

/**
 * A browser without a session cookie is surely a visitor. One with a cookie is most likely a member; should its
 * session have ended, the page replaces the member's head with the visitor's once it knows. Only the cookie's
 * presence is read: the shell costs no session lookup.
 */
function audienceOf(req: Request, sessionCookie: string): Audience {
  return readCookie(req.headers.cookie, sessionCookie) === null ? 'visitor' : 'member';
}

/** "/experts/" and "/experts" are one page. */
function pagePath(requestPath: string): string {
  return requestPath.length > 1 ? requestPath.replace(/\/+$/, '') : requestPath;
}

const shellKey = (audience: Audience, page: string) => `${audience} ${page}`;

/**
 * The copies of index.html made for a page (client/scripts/page-shells.ts): with its fixed heading and
 * introduction, or naming the chunks it loads. Read from the build's manifest once, at start; a page has one for
 * its address, or for its address's pattern (`/t/:id`). A build without shells serves index.html.
 */
function pageShells(clientDist: string): (audience: Audience, page: string) => HtmlDocument | undefined {
  const dir = path.join(clientDist, 'page-shells');
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return () => undefined;
  const shells = shellsOf(JSON.parse(readFileSync(manifest, 'utf8'))).map((shell) => ({
    ...shell,
    segments: shell.path.split('/'),
    document: htmlDocument(path.join(dir, path.basename(shell.file))),
  }));
  const byAddress = new Map(
    shells.filter((shell) => !shell.path.includes('/:')).map((shell) => [shellKey(shell.audience, shell.path), shell.document]),
  );
  const byPattern = shells.filter((shell) => shell.path.includes('/:'));
  return (audience, page) => {
    const exact = byAddress.get(shellKey(audience, page));
    if (exact) return exact;
    const segments = page.split('/');
    return byPattern.find((shell) => shell.audience === audience && matches(shell.segments, segments))?.document;
  };
}

/** `/t/:id` matches `/t/5b1…`: the same number of segments, each equal or a parameter (a segment of its own). */
function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  return (
    pattern.length === segments.length && pattern.every((part, i) => part === segments[i] || (part.startsWith(':') && segments[i] !== ''))
  );
}

interface PageShell {
  path: string;
  audience: Audience;
  file: string;
}

function shellsOf(manifest: unknown): PageShell[] {
  const shells: unknown = typeof manifest === 'object' && manifest !== null && 'shells' in manifest ? manifest.shells : null;
  if (!Array.isArray(shells) || !shells.every(isPageShell)) throw new Error('page-shells/manifest.json is not a list of page shells');
  return shells;
}

function isPageShell(value: unknown): value is PageShell {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'audience' in value &&
    (value.audience === 'visitor' || value.audience === 'member') &&
    'file' in value &&
    typeof value.file === 'string'
  );
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

/**
 * The best variant on disk that the request's Accept-Encoding allows (brotli before gzip: smaller for the same
 * file), or null to send the file as it is. Browsers list encodings without a preference order that means
 * anything ("gzip, deflate, br, zstd"), so our order decides; a q of 0 refuses one.
 */
export function chooseEncoding(header: string | undefined, available: ReadonlySet<AssetEncoding>): AssetEncoding | null {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...parameters] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    quality.set(token, q ? Number(q.slice(2)) : 1);
  }
  const otherwise = quality.get('*') ?? 0;
  return ENCODINGS.find(({ name }) => available.has(name) && (quality.get(name) ?? otherwise) > 0)?.name ?? null;
}
