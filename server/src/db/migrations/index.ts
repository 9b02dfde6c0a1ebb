import { Migration20261122000000Directory } from './20261122000000-directory.js';

/** Migrations in the order they run; listed explicitly so dev (tsx), tests and dist (node) find the same set. */
export const MIGRATIONS = [Migration20261122000000Directory];
