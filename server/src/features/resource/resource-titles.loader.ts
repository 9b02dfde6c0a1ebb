import DataLoader from 'dataloader';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { visibleResourceSql } from './resource.policy.js';

export interface ResourceTitleKey {
  id: string;
  /** The operation's viewer (the same for every key of one operation). */
  viewer: Viewer;
}

declare module '../../core/loaders.js' {
  interface Loaders {
    resourceTitles: DataLoader<ResourceTitleKey, string | null, string>;
  }
}

/**
 * Titles of the resources the viewer may read (null for the others): texts that link resources (forum posts) show
 * them to each reader. One statement per batch; not cached, so a live subscription sees a title as it is now.
 */
export function createResourceTitlesLoader(em: Em): DataLoader<ResourceTitleKey, string | null, string> {
  return new DataLoader<ResourceTitleKey, string | null, string>(
    async (keys) => {
      const visible = visibleResourceSql(keys[0]!.viewer);
      const ids = [...new Set(keys.map((key) => key.id))];
      const rows = await em.execute<{ id: string; title: string }[]>(
        `select r.id, r.title from resource r where r.id = any(?::uuid[]) and ${visible.sql}`,
        [`{${ids.join(',')}}`, ...visible.params],
      );
      const titles = new Map(rows.map((row) => [row.id, row.title]));
      return keys.map((key) => titles.get(key.id) ?? null);
    },
    { cache: false },
  );
}
