/** The chunks of the build this file reads: Rollup/Rolldown's output chunks, reduced to what is used here. */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
  moduleIds: readonly string[];
}

/**
 * A page whose head is data (a forum, a thread, a meeting), by its route's address pattern, and the modules its
 * route loads lazily (src/app/router.tsx): its loader and page, and the data layer every page sits under.
 */
export interface PreloadedPage {
  path: string;
  modules: readonly string[];
}

const DATA_LAYER = 'src/app/DataLayer.tsx';

/**
 * Nothing of these pages can be painted from the HTML: their largest paint waits on the scripts, the page's
 * chunks and its query. The router finds the page's chunks only once the entry has run, then the browser asks for
 * them (and inserting their preload links was 30–50 ms of the router's first task on a phone, S8). Named in the
 * HTML, they load beside the entry, and the router finds them there. The list pages are not here: their head is
 * in the HTML already, and their chunks would only compete with the first paint for a slow phone's bandwidth.
 */
export const PRELOADED_PAGES: readonly PreloadedPage[] = [
  { path: '/forums/:slug', modules: [DATA_LAYER, 'src/routes/Forum.tsx'] },
  { path: '/t/:id', modules: [DATA_LAYER, 'src/routes/Thread.tsx'] },
  { path: '/meetings/:id', modules: [DATA_LAYER, 'src/features/meetings/meetingLoader.ts', 'src/routes/Meeting.tsx'] },
];

/**
 * The files a page's modules load, beyond what the entry loads: each module's chunk and every chunk it imports
 * statically, as the router's own preloading would ask for them. Throws for a module no chunk holds (renamed or
 * moved): the list above must follow the router.
 */
export function chunksToPreload(chunks: readonly BuiltChunk[], modules: readonly string[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (roots: readonly BuiltChunk[]) => {
    const seen = new Set<string>();
    const pending = [...roots];
    for (let chunk = pending.pop(); chunk !== undefined; chunk = pending.pop()) {
      if (seen.has(chunk.fileName)) continue;
      seen.add(chunk.fileName);
      pending.push(...chunk.imports.flatMap((file) => byFile.get(file) ?? []));
    }
    return seen;
  };
  const entry = closure(chunks.filter((chunk) => chunk.isEntry));
  const roots = modules.map((module) => {
    const holder = chunks.find((chunk) => chunk.moduleIds.some((id) => id.split('\\').join('/').endsWith(`/client/${module}`)));
    if (!holder) throw new Error(`page-preloads: no chunk holds ${module}; update PRELOADED_PAGES after the router`);
    return holder;
  });
  return [...closure(roots)].filter((file) => !entry.has(file));
}

/**
 * index.html with a module preload for each file at the end of the head. At low priority: the stylesheet and the
 * entry come first, as the first paint waits on the one and everything on the other; at the browser's default
 * priority the chunks shared a slow phone's bandwidth with them and the first paint came 0.7–1.3 s later (S8).
 */
export function withPreloads(index: string, files: readonly string[], base = '/'): string {
  if (!index.includes('</head>')) throw new Error('page-preloads: index.html has no </head>');
  const links = files.map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${base}${file}">`).join('\n    ');
  return index.replace('</head>', () => `  ${links}\n  </head>`);
}
