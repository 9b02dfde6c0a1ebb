/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(\`…\`)` with a template literal that interpolates nothing, as the codegen client preset requires. */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
/** One entry of the generated `documents` map in src/gql/gql.ts: `"<source>": types.NameDocument,`. */
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
/** One generated document in src/gql/graphql.ts, on one line: `export const NameDocument = {…} as unknown as DocumentNode<…>;`. */
const DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode</gm;

/**
 * Replaces each `graphql(\`…\`)` call in the client's code by its parsed document, as the codegen client preset's
 * Babel plugin does (Vite 8 compiles with Oxc, not Babel). The runtime `graphql()` looks documents up in a map
 * of all of them, and src/gql/graphql.ts holds all of them in one module: either way every page would load and
 * evaluate every operation of the app (~120 kB). Inlined, each lazy chunk carries only its own. Tests run
 * without this plugin, through the runtime map, which holds the same documents.
 */
export function graphqlDocuments(): Plugin {
  let gqlDir = '';
  let documents = new Map<string, string>();
  return {
    name: 'strom:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      gqlDir = path.join(config.root, 'src/gql');
    },
    buildStart() {
      const read = (file: string) => readFileSync(path.join(gqlDir, file), 'utf8');
      const parsed = new Map([...read('graphql.ts').matchAll(DOCUMENT)].map(([, name = '', json = '']) => [name, json]));
      documents = new Map(
        [...read('gql.ts').matchAll(ENTRY)].map(([, source = '""', name = '']) => [JSON.parse(source) as string, parsed.get(name) ?? '']),
      );
      if (documents.size === 0 || [...documents.values()].includes('')) {
        this.error(`src/gql/gql.ts and graphql.ts do not match the format this plugin reads: has the codegen changed?`);
      }
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(')) return null;
      let found = false;
      const replaced = code.replace(CALL, (_call, source: string) => {
        const document = documents.get(source);
        if (!document) this.error(`${id}: a graphql() document that src/gql does not know; run \`pnpm codegen\``);
        found = true;
        return `(${document})`;
      });
      return found ? { code: replaced, map: null } : null;
    },
  };
}
