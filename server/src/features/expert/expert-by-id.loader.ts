import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';
import { readExperts } from './expert.read.js';
import type { ExpertView } from './expert.view.js';

/** Profiles by id from the read model, one statement per request however many fields ask (viewer, members…). */
export function createExpertByIdLoader(em: Em): DataLoader<string, ExpertView | null> {
  return new DataLoader<string, ExpertView | null>(async (ids) => {
    const byId = new Map((await readExperts(em, ids)).map((expert) => [expert.id, expert]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

declare module '../../core/loaders.js' {
  interface Loaders {
    expertById: DataLoader<string, ExpertView | null>;
  }
}
