import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether this runs from bench/dist or bench/src. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_ROOT = path.join(REPO_ROOT, 'bench');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
export const SERVER_PACKAGE = path.join(REPO_ROOT, 'server/package.json');
export const SERVER_SCHEMA = path.join(REPO_ROOT, 'server/schema.graphql');
export const REFERENCE_DIR = path.join(REPO_ROOT, 'server/src/db/seed/reference');
/** Compiled reference handlers, started as child processes. */
export const HANDLERS_DIR = path.join(BENCH_ROOT, 'dist/handlers');
