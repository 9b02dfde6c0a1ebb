import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from './schema-file.js';

describe('server/schema.graphql', () => {
  it('is the schema the resolvers build (run `pnpm --filter @strom/server schema:emit` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });
});
