import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from './schema.js';

/** The committed schema text: sorted, so diffs show contract changes rather than declaration order. */
export async function printSchemaFile(): Promise<string> {
  const schema = await buildSchema();
  return `# Generated from the server's resolvers by \`pnpm --filter @strom/server schema:emit\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
