import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { chooseEncoding } from './content-encoding.js';

const script = 'export const answer = 42;\n'.repeat(50);
const style = 'body { color: black; }\n'.repeat(50);
const html = '<!doctype html><title>Strom</title><script type="module" src="/assets/index-abc123.js"></script>';
const shell = (words: string) => `<!doctype html><title>${words}</title><h1>${words}</h1>`;

let app: TestApp;
let dist: string;

beforeAll(async () => {
  // A client build in miniature: a script with both variants, a style with gzip only, an image with none.
  dist = mkdtempSync(path.join(os.tmpdir(), 'strom-client-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), html);
  writeFileSync(path.join(dist, 'assets/index-abc123.js'), script);
  writeFileSync(path.join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dist, 'assets/index-abc123.js.gz'), gzipSync(script));
  writeFileSync(path.join(dist, 'assets/index-def456.css'), style);
  writeFileSync(path.join(dist, 'assets/index-def456.css.gz'), gzipSync(style));
  writeFileSync(path.join(dist, 'assets/logo-0a1b2c.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Pages with a fixed head, as client/scripts/page-shells.ts writes them: one for everyone, one per audience.
  mkdirSync(path.join(dist, 'page-shells'));
  writeFileSync(path.join(dist, 'page-shells/1-organisations.html'), shell('Organisations'));
  writeFileSync(path.join(dist, 'page-shells/2-map.html'), shell('Map for visitors'));
  // Equal in size and written in the same moment, as the build writes them.
  writeFileSync(path.join(dist, 'page-shells/3-map.html'), shell('Map for members!'));
  const built = new Date('2026-12-01T12:00:00Z');
  for (const file of ['2-map.html', '3-map.html']) utimesSync(path.join(dist, 'page-shells', file), built, built);
  writeFileSync(path.join(dist, 'page-shells/0-home.html'), shell('Welcome, visitor'));
  writeFileSync(path.join(dist, 'page-shells/4-t-id.html'), shell('A thread, its chunks named'));
  writeFileSync(
    path.join(dist, 'page-shells/manifest.json'),
    JSON.stringify({
      shells: [
        { path: '/', audience: 'visitor', file: '0-home.html' },
        { path: '/organisations', audience: 'visitor', file: '1-organisations.html' },
        { path: '/organisations', audience: 'member', file: '1-organisations.html' },
        { path: '/map', audience: 'visitor', file: '2-map.html' },
        { path: '/map', audience: 'member', file: '3-map.html' },
        { path: '/t/:id', audience: 'visitor', file: '4-t-id.html' },
        { path: '/t/:id', audience: 'member', file: '4-t-id.html' },
      ],
    }),
  );
  app = await startTestApp({ env: { CLIENT_DIST: dist } });
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http rather than fetch: fetch asks for compression itself and decodes it before a test could see it. */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const immutable = 'public, max-age=31536000, immutable';

describe('hashed assets', () => {
  it('sends brotli to a browser that accepts it, though it lists gzip first', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe(immutable);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(response.body).toString()).toBe(script);
  });

  it('sends the file as built to a client that accepts no encoding, still cached for a year', async () => {
    const response = await get('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe(immutable);
    expect(response.body.toString()).toBe(script);
  });

  it('falls back to the variant that exists: gzip where the build wrote no brotli', async () => {
    const response = await get('/assets/index-def456.css', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(response.body).toString()).toBe(style);
  });

  it('falls back to the file itself where the build wrote no compressed variant', async () => {
    const response = await get('/assets/logo-0a1b2c.svg', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['cache-control']).toBe(immutable);
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBe(String(brotliCompressSync(script).length));
    expect(response.headers['cache-control']).toBe(immutable);
    expect(response.body.length).toBe(0);
  });

  it('answers 404 for an asset the build did not write, not index.html', async () => {
    const response = await get('/assets/index-old999.js', { accept: '*/*', 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body.toString()).not.toContain('<title>');
  });

  it('does not serve a compressed variant under its own name, nor anything outside the folder', async () => {
    expect((await get('/assets/index-abc123.js.br')).status).toBe(404);
    expect((await get('/assets/..%2Findex.html')).status).toBe(404);
  });
});

describe('index.html', () => {
  it('is revalidated on every visit, for the root and for any page the client routes', async () => {
    for (const pathname of ['/experts', '/organisations/123', '/account']) {
      const response = await get(pathname, { accept: 'text/html' });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body.toString()).toBe(html);
    }
  });

  it('is compressed for a browser that accepts it', async () => {
    const br = await get('/experts', { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gzip = await get('/experts', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(html);
    expect(br.headers.vary).toBe('Cookie, Accept-Encoding');
  });

  it('answers a browser that has it with 304 and no body, and one that has an older build with the page', async () => {
    const first = await get('/experts', { accept: 'text/html' });
    const again = await get('/experts', { accept: 'text/html', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await get('/experts', { accept: 'text/html', 'if-none-match': 'W/"an-older-build"' });
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe(html);
  });

  it('is revalidated when asked for by name too', async () => {
    const response = await get('/index.html', { accept: 'text/html' });
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body.toString()).toBe(html);
  });
});

describe('a page with a fixed head', () => {
  const member = { accept: 'text/html', cookie: 'theme=dark; strom_session=abc123' };

  it('gets its own copy of index.html, with or without a trailing slash, revalidated and varying by cookie', async () => {
    for (const pathname of ['/organisations', '/organisations/']) {
      const response = await get(pathname, { accept: 'text/html' });
      expect(response.status).toBe(200);
      expect(response.body.toString()).toBe(shell('Organisations'));
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers.vary).toBe('Cookie, Accept-Encoding');
    }
    expect((await get('/organisations', member)).body.toString()).toBe(shell('Organisations'));
  });

  it("sends a visitor the visitor's head and a browser with a session cookie the member's", async () => {
    expect((await get('/map', { accept: 'text/html' })).body.toString()).toBe(shell('Map for visitors'));
    expect((await get('/map', { accept: 'text/html', cookie: 'theme=dark' })).body.toString()).toBe(shell('Map for visitors'));
    expect((await get('/map', member)).body.toString()).toBe(shell('Map for members!'));
  });

  it("tags each audience's copy by its words: a browser that signs in is never told the visitor's copy still holds", async () => {
    // The build writes both copies in the same moment: a tag of size and time would tell them apart by size alone.
    const visitor = await get('/map', { accept: 'text/html' });
    const signedIn = await get('/map', { ...member, 'if-none-match': String(visitor.headers.etag) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.toString()).toBe(shell('Map for members!'));
    expect(signedIn.headers.etag).not.toBe(visitor.headers.etag);
    expect((await get('/map', { ...member, 'if-none-match': String(signedIn.headers.etag) })).status).toBe(304);
  });

  it("sends a page's shell for its address pattern, to every address of that shape and no other", async () => {
    for (const headers of [{ accept: 'text/html' }, member]) {
      expect((await get('/t/5b1e0c2a', headers)).body.toString()).toBe(shell('A thread, its chunks named'));
      expect((await get('/t/5b1e0c2a/', headers)).body.toString()).toBe(shell('A thread, its chunks named'));
    }
    for (const pathname of ['/t', '/t/5b1e0c2a/edit', '/forums/t/5b1e0c2a']) {
      expect((await get(pathname, { accept: 'text/html' })).body.toString()).toBe(html);
    }
  });

  it('sends index.html where the audience has no shell, and for the pages below a shell page', async () => {
    expect((await get('/', { accept: 'text/html' })).body.toString()).toBe(shell('Welcome, visitor'));
    expect((await get('/', member)).body.toString()).toBe(html);
    expect((await get('/organisations/123', { accept: 'text/html' })).body.toString()).toBe(html);
  });
});

describe('choosing an encoding', () => {
  const both = new Set(['br', 'gzip'] as const);
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', null],
    ['', null],
    ['BR', 'br'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseEncoding(header, both)).toBe(expected);
  });

  it('never picks a variant the build did not write', () => {
    expect(chooseEncoding('br', new Set(['gzip']))).toBeNull();
  });
});
