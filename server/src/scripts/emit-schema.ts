// Writes server/schema.graphql, the API contract that client codegen and reviewers read.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchemaFile } from '../app/schema-file.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
await writeFile(target, await printSchemaFile());
console.log(`schema written to ${target}`);
