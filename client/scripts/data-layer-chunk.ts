/// <reference types="node" />
import path from 'node:path';
import type { Plugin } from 'vite';

/** The subset of a module's info this plugin reads (Rollup/Rolldown `this.getModuleInfo`). */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Our own modules that `root` imports statically, directly or through others of ours, itself included: what
 * loads whenever it does. Packages are left out: a library's barrel file (`@mantine/core`) imports every
 * component it has, and capturing those would move what only some pages use into the chunk of all of them.
 */
export function ownStaticClosure(graph: ModuleGraph, root: string): Set<string> {
  const seen = new Set<string>();
  const pending = [root];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id) || isPackage(id)) continue;
    seen.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

const isPackage = (id: string) => /[\\/]node_modules[\\/]/.test(id);

/**
 * The data layer (app/DataLayer.tsx) is the parent route of every page: whatever it imports statically loads with
 * every first page. Left to itself, Rolldown cuts those modules into one small chunk per set of pages that also
 * imports them (the viewer, the session hooks, the notification documents…): eight requests, on a phone's six
 * connections, before a page can render (S8). `has` tells the build's `data` group which of our modules those
 * are, so they travel in one chunk with Apollo; no page loads a byte more, as every page loads them anyway.
 */
export function dataLayerChunk(clientRoot: string) {
  const entry = path.join(clientRoot, 'src/app/DataLayer.tsx').split(path.sep).join('/');
  let modules = new Set<string>();
  const plugin: Plugin = {
    name: 'strom:data-layer-chunk',
    apply: 'build',
    buildEnd() {
      modules = ownStaticClosure(this, entry);
      if (modules.size === 1) this.error(`${entry} is not in the module graph: the data layer moved?`);
    },
  };
  return { plugin, has: (id: string) => modules.has(id) };
}
