import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

/** Every relative import of every TypeScript file under `folder`, as paths relative to src/. */
function importsUnder(folder: string): { file: string; target: string }[] {
  const files = readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return files.flatMap((name) => {
    const file = path.join(SRC, folder, name);
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => ({
      file: path.relative(SRC, file),
      target: path.relative(SRC, path.resolve(path.dirname(file), match[1] ?? '')),
    }));
  });
}

const reaching = (folder: string, forbidden: string[]) =>
  importsUnder(folder)
    .filter(({ target }) => forbidden.some((prefix) => target.startsWith(`${prefix}/`)))
    .map(({ file, target }) => `${file} → ${target}`);

/** Every `*.commands.ts` file under features/, with all it imports (relative targets as paths from src/, packages as named). */
function commandFiles(): { file: string; imports: string[] }[] {
  const names = readdirSync(path.join(SRC, 'features'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.commands.ts'),
  );
  return names.map((name) => {
    const file = path.join(SRC, 'features', name);
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
    const imports = specifiers.map((spec) => (spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec));
    return { file: path.relative(SRC, file), imports };
  });
}

describe('import direction', () => {
  it('finds the imports it checks (the walker itself works)', () => {
    expect(importsUnder('core').some(({ target }) => target === 'core/errors.js')).toBe(true);
    expect(importsUnder('features').some(({ target }) => target.startsWith('core/'))).toBe(true);
  });

  it('core is infrastructure: it imports no feature and not the composition root', () => {
    expect(reaching('core', ['features', 'app'])).toEqual([]);
  });

  it('features plug into app/ through their manifests and never import it', () => {
    expect(reaching('features', ['app'])).toEqual([]);
  });

  it('commands know nothing of GraphQL or HTTP: no *.commands.ts imports the GraphQL context or express', () => {
    const files = commandFiles();
    expect(files.map(({ file }) => file)).toContain('features/member/member.commands.ts');
    const transport = files.flatMap(({ file, imports }) =>
      imports
        .filter((target) => target === 'core/context.js' || target === 'express' || target.startsWith('express/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(transport).toEqual([]);
  });
});
