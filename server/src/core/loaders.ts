import type { Em } from '../db/orm.js';

/**
 * Per-operation DataLoaders for pages and aggregates under list items. Plain relations need none: the ORM's
 * own dataloader batches `ref.load()` and `collection.load()`. Each feature adds its loaders to this interface
 * by declaration merging and builds them in its manifest, so core never names a feature.
 */
// oxlint-disable-next-line no-empty-interface -- filled by declaration merging in the features
export interface Loaders {}

export type LoaderFactory = (em: Em) => Partial<Loaders>;

export function createLoaders(em: Em, factories: readonly LoaderFactory[]): Loaders {
  const loaders: Partial<Loaders> = {};
  for (const factory of factories) Object.assign(loaders, factory(em));
  // Every feature's manifest builds the loaders it declares, so the merged object is complete.
  return loaders as Loaders;
}
