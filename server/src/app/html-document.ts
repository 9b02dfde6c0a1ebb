import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { chooseEncoding, ENCODINGS, type AssetEncoding } from './content-encoding.js';

/**
 * A page the server sends: a page of the build, read once at start, or one written for a request (a data page's
 * head). Each compressed variant is made on its first request and kept (making them all at start cost every
 * server, test servers included, ~0.2 s). Its ETag is a hash of its words: the two audiences' copies of a page are
 * built in the same moment, and a tag made of size and time (Express's) could match across them, so that a browser
 * that signed in would be told its visitor's copy was still good.
 */
export interface HtmlDocument {
  etag: string;
  body: Buffer;
  encoded: Map<AssetEncoding, Buffer>;
  /** `built`: kept and sent many times, worth the smallest variant; `written`: made for one request, sent once. */
  kind: 'built' | 'written';
}

export function builtDocument(file: string): HtmlDocument {
  return htmlDocument(readFileSync(file), 'built');
}

export function writtenDocument(html: string): HtmlDocument {
  return htmlDocument(Buffer.from(html), 'written');
}

function htmlDocument(body: Buffer, kind: HtmlDocument['kind']): HtmlDocument {
  // Weak: the tag names the words, whichever encoding carries them.
  return { etag: `W/"${createHash('sha256').update(body).digest('base64url')}"`, body, encoded: new Map(), kind };
}

/** Brotli at its default quality (11) takes milliseconds for a page; 5 is within a few per cent of it, 20× faster. */
const FAST_BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

function encodedBody(page: HtmlDocument, encoding: AssetEncoding | null): Buffer {
  if (!encoding) return page.body;
  let encoded = page.encoded.get(encoding);
  if (!encoded) {
    const fast = page.kind === 'written';
    encoded = encoding === 'br' ? brotliCompressSync(page.body, fast ? FAST_BROTLI : {}) : gzipSync(page.body);
    page.encoded.set(encoding, encoded);
  }
  return encoded;
}

/**
 * Sends a page, to be revalidated on every visit (it points at the build's assets). `private`: written for this
 * reader's session, no shared cache may keep it. Every page depends on the session cookie (which copy, which head).
 */
export function sendHtml(req: Request, res: Response, page: HtmlDocument, cache: 'shared' | 'private'): void {
  res.setHeader('cache-control', cache === 'private' ? 'private, no-cache' : 'no-cache');
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
