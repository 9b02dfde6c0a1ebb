import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// ui/ holds domain-free building blocks: features and routes build on it, never the other way
// round, or a change in one page could break every list and form (the import-direction rule).
const src = resolve(import.meta.dirname, '..');
const FORBIDDEN = ['features', 'routes', 'app'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a source file names: static imports, re-exports, dynamic imports and CSS @imports. */
function specifiersOf(source: string): string[] {
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /@import\s+['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** The imports of `file` (a path under src/) that reach into a forbidden folder, as "src/…" paths. */
function forbiddenImports(file: string, source: string): string[] {
  return specifiersOf(source)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(src, resolve(dirname(file), specifier)))
    .filter((target) => FORBIDDEN.includes(target.split(sep)[0]!));
}

describe('ui/ import direction', () => {
  it('recognises an import into features/, routes/ or app/, however it is written', () => {
    const file = join(src, 'ui', 'Example.tsx');
    const source = [
      "import { ExpertRow } from '../features/experts/ExpertRow';",
      "export { Root } from '../routes/Root';",
      "const lazy = () => import('../app/router');",
      "import { ErrorState } from './ErrorState';",
      "import { Button } from '@mantine/core';",
    ].join('\n');
    expect(forbiddenImports(file, source)).toEqual([
      join('features', 'experts', 'ExpertRow'),
      join('routes', 'Root'),
      join('app', 'router'),
    ]);
  });

  it('no file in ui/ imports from features/, routes/ or app/', () => {
    // This file spells forbidden imports out as examples above.
    const files = filesUnder(join(src, 'ui')).filter((file) => file !== import.meta.filename);
    // The walk must see ui/'s files and their imports, or the rule below holds vacuously.
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => specifiersOf(readFileSync(file, 'utf8'))).length).toBeGreaterThan(10);

    const offending = files.flatMap((file) =>
      forbiddenImports(file, readFileSync(file, 'utf8')).map((target) => `${relative(src, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
