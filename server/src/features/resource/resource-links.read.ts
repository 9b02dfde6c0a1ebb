import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { readableSql } from '../prevention/prevention.policy.js';
import { visibleResourceSql } from './resource.policy.js';
import type { ResourceLinkType } from './resource-link.type.js';

/**
 * Where a resource is linked, as far as the viewer may see both the resource and the place that links it: the
 * prevention activities naming it among their materials (members read the whole catalogue, visitors its public part).
 * One statement.
 */
export async function resourceLinks(em: Em, viewer: Viewer, resourceId: string): Promise<ResourceLinkType[]> {
  const visible = visibleResourceSql(viewer);
  const rows = await em.execute<{ id: string; title: string }[]>(
    `select a.id, a.title from resource r join prevention_activity a on a.materials @> jsonb_build_array(jsonb_build_object('resourceId', r.id::text))
       where r.id = ? and ${visible.sql} and ${readableSql(viewer)} order by a.starts_on desc, a.id desc limit 100`,
    [resourceId, ...visible.params],
  );
  return rows.map((row) => ({ kind: 'PREVENTION_ACTIVITY', id: row.id, title: row.title }));
}
