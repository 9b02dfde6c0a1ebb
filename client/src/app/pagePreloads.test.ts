import { describe, expect, it } from 'vitest';
import { chunksToPreload, PRELOADED_PAGES, withPreloads, type BuiltChunk } from '../../scripts/page-preloads';

const chunk = (fileName: string, over: Partial<BuiltChunk> = {}): BuiltChunk => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  imports: [],
  moduleIds: [],
  ...over,
});

// A build in miniature: the entry and its framework; the data layer and a thread page sharing a chunk of Mantine.
const build = [
  chunk('index.js', { isEntry: true, imports: ['framework.js'], moduleIds: ['/repo/client/src/main.tsx'] }),
  chunk('framework.js', { moduleIds: ['/repo/node_modules/react/index.js'] }),
  chunk('data.js', { imports: ['framework.js'], moduleIds: ['/repo/client/src/app/DataLayer.tsx', '/repo/client/src/app/apollo.ts'] }),
  chunk('Thread.js', { imports: ['framework.js', 'Textarea.js'], moduleIds: ['/repo/client/src/routes/Thread.tsx'] }),
  chunk('Textarea.js', { imports: ['use-merged-ref.js'], moduleIds: ['/repo/node_modules/@mantine/core/Textarea.mjs'] }),
  chunk('use-merged-ref.js', { moduleIds: ['/repo/node_modules/@mantine/hooks/use-merged-ref.mjs'] }),
  chunk('Forum.js', { imports: ['framework.js'], moduleIds: ['/repo/client/src/routes/Forum.tsx'] }),
];

describe("a data page's chunks, named in its HTML (scripts/page-preloads.ts)", () => {
  it("are its modules' chunks and what they import, transitively, without what the entry loads", () => {
    const files = chunksToPreload(build, ['src/app/DataLayer.tsx', 'src/routes/Thread.tsx']);
    expect(files.toSorted()).toEqual(['Textarea.js', 'Thread.js', 'data.js', 'use-merged-ref.js']);
  });

  it('fail the build when a module is in no chunk: the list follows the router', () => {
    expect(() => chunksToPreload(build, ['src/routes/Renamed.tsx'])).toThrow(/no chunk holds src\/routes\/Renamed\.tsx/);
  });

  it('are links in the head, after what the build put there', () => {
    const index = '<html><head><script type="module" src="/assets/index.js"></script></head><body></body></html>';
    const html = withPreloads(index, ['assets/Thread.js', 'assets/data.js']);
    expect(html).toContain(
      '<script type="module" src="/assets/index.js"></script>  <link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/Thread.js">',
    );
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(2);
    expect(html.indexOf('data.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('are listed for the pages whose head is data, by the router patterns', () => {
    expect(PRELOADED_PAGES.map((page) => page.path)).toEqual(['/forums/:slug', '/t/:id', '/meetings/:id']);
  });
});
