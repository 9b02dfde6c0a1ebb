import type { Em } from '../db/orm.js';

/**
 * Per-operation DataLoaders for counts and aggregates. Relations need none: the ORM's own
 * dataloader batches `ref.load()` and `collection.load()` calls.
 */
export interface Loaders {}

export function createLoaders(_em: Em): Loaders {
  return {};
}
