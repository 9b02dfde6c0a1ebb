/// <reference types="node" />
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** DESIGN §7, S8: the JavaScript a phone loads before any page chunk, gzip as the server sends it. */
export const INITIAL_JS_BUDGET_KB = 150;

/**
 * Modules that belong to pages, not to the shell: in the entry they cost every first load. A pattern names
 * the path of a module id as Rolldown reports it (absolute, '/' separated on the build machines).
 */
export const NOT_IN_INITIAL_JS: readonly RegExp[] = [
  /\/client\/src\/features\/(?:forum|thread|meetings|upkeep|guardrail|map|counterparts|admin)\//,
  /\/shared\/src\/guardrail\//,
  /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:libphonenumber-js|@apollo\/client|graphql|graphql-ws|d3-geo|topojson-client)\//,
];

/** The part of a Rollup/Rolldown output chunk this check reads. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
  moduleIds: string[];
}

export interface InitialJs {
  files: string[];
  gzipBytes: number;
  /** Module ids of the initial files that match NOT_IN_INITIAL_JS. */
  misplaced: string[];
}

/**
 * The entry chunks and every chunk they import statically (transitively): what index.html makes the
 * browser fetch up front (the entry script and its modulepreloads). Dynamic imports are not followed.
 */
export function initialJs(bundle: Record<string, ChunkLike | { type: 'asset' }>): InitialJs {
  const chunks = new Map<string, ChunkLike>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const files = [...seen].toSorted();
  const initial = files.map((file) => chunks.get(file)!);
  return {
    files,
    gzipBytes: initial.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: constants.Z_BEST_COMPRESSION }).length, 0),
    misplaced: initial.flatMap((chunk) =>
      chunk.moduleIds.filter((id) => NOT_IN_INITIAL_JS.some((re) => re.test(id.replaceAll('\\', '/')))),
    ),
  };
}

/** Why the initial JS is not acceptable, or null. */
export function initialJsProblem(measured: InitialJs, budgetKb = INITIAL_JS_BUDGET_KB): string | null {
  const kb = measured.gzipBytes / 1024;
  if (measured.misplaced.length > 0)
    return `page code in the initial JS (lazy-load it with its route): ${measured.misplaced.slice(0, 10).join(', ')}`;
  if (kb > budgetKb) return `initial JS is ${kb.toFixed(1)} KB gzip, over the ${budgetKb} KB budget (${measured.files.join(', ')})`;
  return null;
}

/**
 * Fails the production build when the initial JS breaks its budget or carries page code: the size grew
 * from 144 to 211 KB once without anybody noticing (the guardrail's phone metadata reached the entry).
 */
export function initialJsBudget(): Plugin {
  return {
    name: 'strom:initial-js-budget',
    apply: 'build',
    writeBundle(_options, bundle) {
      const measured = initialJs(bundle);
      const problem = initialJsProblem(measured);
      if (problem) this.error(problem);
      this.info(`initial JS ${(measured.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`);
    },
  };
}
