/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { SHELL_PAGES, type Audience, type PageHead, type ShellPage } from './page-heads';
import { chunksToPreload, PRELOADED_PAGES, withPreloads, type BuiltChunk } from './page-preloads';

/** The folder under the build's output that holds the shells, and the manifest the server reads at start. */
export const PAGE_SHELLS_DIR = 'page-shells';
export const PAGE_SHELLS_MANIFEST = 'manifest.json';

/** What the server reads: which file to send for a page's address (or address pattern, `/t/:id`) and audience. */
export interface PageShellManifest {
  /** `head`: the page's fixed heading and introduction are in it; `chunks`: it names the chunks the page loads. */
  shells: { path: string; audience: Audience; file: string; kind: 'head' | 'chunks' }[];
}

/** index.html marks the placeholder of a page's head; a shell puts the page's words in its place. */
const HEAD_PLACEHOLDER = /<!-- page-head:[\s\S]*?<!-- \/page-head -->/;
const TITLE = /<title>[^<]*<\/title>/;

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
      for (const [position, page] of SHELL_PAGES.entries()) {
        const file = fileFor(position, page.path);
        await writeFile(path.join(dir, file), shellOf(index, page));
        for (const audience of page.audiences) manifest.shells.push({ path: page.path, audience, file, kind: 'head' });
      }
      const chunks = Object.values(bundle).filter((output): output is BuiltChunk & (typeof bundle)[string] => output.type === 'chunk');
      for (const [position, page] of PRELOADED_PAGES.entries()) {
        const file = fileFor(SHELL_PAGES.length + position, page.path);
        await writeFile(path.join(dir, file), withPreloads(index, chunksToPreload(chunks, page.modules)));
        for (const audience of ['visitor', 'member'] as const) manifest.shells.push({ path: page.path, audience, file, kind: 'chunks' });
      }
      await writeFile(path.join(dir, PAGE_SHELLS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** A shell's file name: its place in the lists and its address, `12-t-id.html`. */
function fileFor(position: number, pagePath: string): string {
  return `${position}-${pagePath.replaceAll(/[^a-z0-9]+/gi, '-').replaceAll(/^-|-$/g, '') || 'home'}.html`;
}

/** index.html with the page's head in place of the placeholder and the page's name in the tab. */
export function shellOf(index: string, page: ShellPage): string {
  if (!HEAD_PLACEHOLDER.test(index) || !TITLE.test(index)) {
    throw new Error('page-shells: index.html lacks the page-head placeholder or a <title>');
  }
  return index
    .replace(TITLE, () => `<title>${escapeHtml(page.documentTitle)}</title>`)
    .replace(HEAD_PLACEHOLDER, () => headHtml(page.path, page.head));
}

function headHtml(pagePath: string, head: PageHead): string {
  const intro = head.intro ? `<p class="shell-intro">${escapeHtml(head.intro)}</p>` : '';
  return `<div class="shell-head shell-head-${head.layout}" data-shell-head="${escapeHtml(pagePath)}" data-layout="${head.layout}"><h1 class="shell-title">${escapeHtml(head.title)}</h1>${intro}</div>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
