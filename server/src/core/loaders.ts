import type DataLoader from 'dataloader';
import type { Em } from '../db/orm.js';
import type { ConnectionShape } from './connection.js';
import type { Expert } from '../features/expert/expert.entity.js';
import { createOrganisationExpertsLoader, type FirstPageKey } from '../features/expert/organisation-experts.loader.js';

/**
 * Per-operation DataLoaders for pages and aggregates under list items. Plain relations need none:
 * the ORM's own dataloader batches `ref.load()` and `collection.load()`.
 */
export interface Loaders {
  organisationExperts: DataLoader<FirstPageKey, ConnectionShape<Expert>, string>;
}

export function createLoaders(em: Em): Loaders {
  return { organisationExperts: createOrganisationExpertsLoader(em) };
}
