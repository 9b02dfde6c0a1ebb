/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { withPageHead, type DataHeadTemplate } from '@strom/shared';
import { DATA_HEAD_PAGES, SHELL_PAGES, type Audience } from './page-heads';
import { chunksToPreload, PRELOADED_PAGES, withPreloads, type BuiltChunk } from './page-preloads';

/** The folder under the build's output that holds the shells, and the manifest the server reads at start. */
export const PAGE_SHELLS_DIR = 'page-shells';
export const PAGE_SHELLS_MANIFEST = 'manifest.json';

/** What the server reads: which file to send for a page's address (or address pattern, `/t/:id`) and audience. */
export interface PageShellManifest {
  /** `head`: the page's fixed heading and introduction are in it; `chunks`: it names the chunks the page loads. */
  shells: { path: string; audience: Audience; file: string; kind: 'head' | 'chunks'; dataHead?: DataHeadTemplate }[];
}

/**
 * Writes a copy of the built index.html for each page of SHELL_PAGES and audience, with the page's heading,
 * introduction and tab title in the static shell; one for each page of PRELOADED_PAGES, naming its chunks; and a
 * manifest of them (server/src/app/serve-client.ts).
 */
export function pageShells(): Plugin {
  let outDir = 'dist';
  return {
    name: 'strom:page-shells',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const index = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const dir = path.join(outDir, PAGE_SHELLS_DIR);
      await mkdir(dir, { recursive: true });
      const manifest: PageShellManifest = { shells: [] };
      const unshelled = DATA_HEAD_PAGES.filter((page) => !PRELOADED_PAGES.some((preloaded) => preloaded.path === page.path));
      // The server writes a data page's head into the copy that names its chunks: each must have one.
      if (unshelled.length > 0) throw new Error(`page-shells: no shell for ${unshelled.map((page) => page.path).join(', ')}`);
      for (const [position, page] of SHELL_PAGES.entries()) {
        const file = fileFor(position, page.path);
        await writeFile(path.join(dir, file), withPageHead(index, page));
        for (const audience of page.audiences) manifest.shells.push({ path: page.path, audience, file, kind: 'head' });
      }
      const chunks = Object.values(bundle).filter((output): output is BuiltChunk & (typeof bundle)[string] => output.type === 'chunk');
      for (const [position, page] of PRELOADED_PAGES.entries()) {
        const file = fileFor(SHELL_PAGES.length + position, page.path);
        await writeFile(path.join(dir, file), withPreloads(index, chunksToPreload(chunks, page.modules)));
        const dataHead = dataHeadOf(page.path);
        for (const audience of ['visitor', 'member'] as const) {
          manifest.shells.push({ path: page.path, audience, file, kind: 'chunks', ...(dataHead ? { dataHead } : {}) });
        }
      }
      await writeFile(path.join(dir, PAGE_SHELLS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** A shell's file name: its place in the lists and its address, `12-t-id.html`. */
function fileFor(position: number, pagePath: string): string {
  return `${position}-${pagePath.replaceAll(/[^a-z0-9]+/gi, '-').replaceAll(/^-|-$/g, '') || 'home'}.html`;
}

function dataHeadOf(pagePath: string): DataHeadTemplate | null {
  const page = DATA_HEAD_PAGES.find((candidate) => candidate.path === pagePath);
  return page ? { above: page.above, documentTitle: page.documentTitle } : null;
}
