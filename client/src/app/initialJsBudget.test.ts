import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { initialJs, initialJsProblem, type ChunkLike } from '../../scripts/initial-js-budget';

const chunk = (fileName: string, over: Partial<ChunkLike> = {}): ChunkLike => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  imports: [],
  code: `export const name = ${JSON.stringify(fileName)};`,
  moduleIds: [`/repo/client/src/${fileName}.ts`],
  ...over,
});

// Random bytes in hex compress to about half: `kb` KB of random bytes are a little over `kb` KB gzip.
const incompressible = (kb: number) => `export const blob = "${randomBytes(kb * 1024).toString('hex')}";`;

describe('initial JS budget (the production build runs this check: vite.config.ts)', () => {
  it('counts the entry and what it imports statically, not the lazy chunks', () => {
    const measured = initialJs({
      'index.js': chunk('index.js', { isEntry: true, imports: ['framework.js'] }),
      'framework.js': chunk('framework.js', { imports: ['runtime.js'] }),
      'runtime.js': chunk('runtime.js'),
      'Forum.js': chunk('Forum.js', { imports: ['framework.js'], moduleIds: ['/repo/client/src/features/forum/ForumPage.tsx'] }),
      'index.css': { type: 'asset' },
    });
    expect(measured.files).toEqual(['framework.js', 'index.js', 'runtime.js']);
    expect(measured.misplaced).toEqual([]);
    expect(initialJsProblem(measured)).toBeNull();
  });

  it('fails when the initial JS is over the budget', () => {
    const measured = initialJs({ 'index.js': chunk('index.js', { isEntry: true, code: incompressible(160) }) });
    expect(measured.gzipBytes / 1024).toBeGreaterThan(150);
    expect(initialJsProblem(measured)).toMatch(/over the 150 KB budget/);
  });

  it('fails when page code or its libraries reach the initial JS', () => {
    for (const id of [
      '/repo/client/src/features/thread/ThreadPage.tsx',
      '/repo/shared/src/guardrail/phones.ts',
      '/repo/node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/max/index.js',
      '/repo/node_modules/.pnpm/@apollo+client@4.3.8/node_modules/@apollo/client/core/index.js',
    ]) {
      const measured = initialJs({ 'index.js': chunk('index.js', { isEntry: true, moduleIds: ['/repo/client/src/main.tsx', id] }) });
      expect(initialJsProblem(measured)).toBe(`page code in the initial JS (lazy-load it with its route): ${id}`);
    }
  });
});
