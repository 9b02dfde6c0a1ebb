import { describe, expect, it } from 'vitest';
import { ownStaticClosure } from '../../scripts/data-layer-chunk';

/** A module graph as the build reports it: each module id with the ids it imports statically. */
const graph = (imports: Record<string, string[]>) => ({
  getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id] ?? [] } : null),
});

describe('the data layer chunk (the production build groups these modules: vite.config.ts)', () => {
  it('gathers our modules the data layer imports, through any number of our modules', () => {
    const closure = ownStaticClosure(
      graph({
        '/c/src/app/DataLayer.tsx': ['/c/src/features/account/AccountMenu.tsx', '/c/src/app/client.ts'],
        '/c/src/features/account/AccountMenu.tsx': ['/c/src/features/account/useViewer.ts'],
        '/c/src/features/account/useViewer.ts': ['/c/src/app/client.ts'],
        '/c/src/app/client.ts': [],
        '/c/src/routes/Home.tsx': ['/c/src/app/client.ts'],
      }),
      '/c/src/app/DataLayer.tsx',
    );
    expect([...closure].toSorted()).toEqual([
      '/c/src/app/DataLayer.tsx',
      '/c/src/app/client.ts',
      '/c/src/features/account/AccountMenu.tsx',
      '/c/src/features/account/useViewer.ts',
    ]);
  });

  it('leaves packages out, and what only a package imports: a barrel file would drag in every component', () => {
    const closure = ownStaticClosure(
      graph({
        '/c/src/app/DataLayer.tsx': ['/c/node_modules/@mantine/core/esm/index.mjs', '/c/src/ui/Section.tsx'],
        '/c/node_modules/@mantine/core/esm/index.mjs': ['/c/node_modules/@mantine/core/esm/Modal.mjs'],
        '/c/src/ui/Section.tsx': [],
      }),
      '/c/src/app/DataLayer.tsx',
    );
    expect([...closure].toSorted()).toEqual(['/c/src/app/DataLayer.tsx', '/c/src/ui/Section.tsx']);
  });
});
