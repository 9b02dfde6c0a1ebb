import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');
const mantineStyles = join(src, '../node_modules/@mantine/core/styles');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('app/styles.css', () => {
  it('imports the stylesheet of every Mantine component the app uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      for (const [, names] of readFileSync(file, 'utf8').matchAll(/import \{([^}]+)\} from '@mantine\/core'/g)) {
        for (const name of names!.split(',').map((n) => n.trim())) {
          if (name && !name.startsWith('type ')) used.add(name);
        }
      }
    }
    const imported = readFileSync(join(import.meta.dirname, 'styles.css'), 'utf8');
    // Components without a stylesheet of their own (NativeSelect, TextInput…) are styled by Input.css.
    const missing = [...used].filter(
      (name) => existsSync(join(mantineStyles, `${name}.css`)) && !imported.includes(`/styles/${name}.css'`),
    );
    expect(used.size).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
