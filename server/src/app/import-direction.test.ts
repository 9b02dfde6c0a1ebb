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
});
