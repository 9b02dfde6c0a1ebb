import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { BENCH_ROOT } from '../paths.js';

const gzipAsync = promisify(gzip);
const brotli = promisify(brotliCompress);

export interface InitialJs {
  /** The entry script and the modules index.html preloads with it: what runs before any lazy chunk is asked for. */
  files: string[];
  rawKb: number;
  gzipKb: number;
  brotliKb: number;
}

/**
 * The JavaScript a build's index.html makes the browser load up front, measured the way the server sends it
 * (gzip level 9, brotli quality 11, per file, as client/scripts/compress-assets.ts writes them).
 */
export async function initialJs(dist: string): Promise<InitialJs> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  if (files.length === 0) throw new Error(`${dist}/index.html loads no script`);
  const sizes = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(dist, file));
      const [gz, br] = await Promise.all([
        gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
        brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
      ]);
      return { raw: source.length, gzip: gz.length, brotli: br.length };
    }),
  );
  const kb = (key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((sum, s) => sum + s[key], 0) / 1024;
  return { files, rawKb: kb('raw'), gzipKb: kb('gzip'), brotliKb: kb('brotli') };
}

/** S8's reference: the same measure of an empty Vite + React app (bench/fixtures/empty-react), built with the client's Vite and React. */
export async function emptyReactInitialJs(): Promise<InitialJs> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'strom-empty-react-'));
  try {
    await build({
      root: path.join(BENCH_ROOT, 'fixtures/empty-react'),
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
    return await initialJs(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
