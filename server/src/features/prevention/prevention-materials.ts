import type { Viewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { readableResources } from '../resource/resource.read.js';
import type { ResourceType } from '../resource/resource.types.js';
import type { PreventionMaterialInput } from './prevention.inputs.js';
import type { PreventionMaterial } from './prevention.types.js';

/**
 * A material as the activity keeps it (jsonb): a library resource by id (its title and who may read it stay the
 * library's), or a link with its title, as every material was before resources could be named.
 */
export type StoredMaterial = { resourceId: string } | { title: string; url: string };

const resourceIdOf = (material: StoredMaterial) => ('resourceId' in material ? material.resourceId : null);

/** The materials to store, after checking that each named resource exists and its author may read it (one statement). */
export async function storedMaterials(em: Em, actor: Viewer, materials: readonly PreventionMaterialInput[]): Promise<StoredMaterial[]> {
  const stored = materials.map((material, index): StoredMaterial => {
    if (material.resourceId) {
      if (material.url) throw BadUserInput.field(`input.materials.${index}.url`, 'Give either a library resource or a link');
      return { resourceId: material.resourceId.toLowerCase() };
    }
    if (!material.title?.trim() || !material.url?.trim())
      throw BadUserInput.field(`input.materials.${index}.url`, 'Give a library resource, or a link with its title');
    return { title: material.title.trim(), url: material.url.trim() };
  });
  const readable = await readableResources(
    em,
    actor,
    stored.map(resourceIdOf).filter((id) => id !== null),
  );
  stored.forEach((material, index) => {
    const id = resourceIdOf(material);
    if (id !== null && !readable.has(id))
      throw BadUserInput.field(`input.materials.${index}.resourceId`, 'That resource is not in the library');
  });
  return stored;
}

/** The library resources the activities of one read name, those the viewer may read: one statement for any number. */
export function linkedResources(
  em: Em,
  viewer: Viewer,
  rows: readonly { materials: StoredMaterial[] }[],
): Promise<Map<string, ResourceType>> {
  return readableResources(
    em,
    viewer,
    rows.flatMap((row) => row.materials.map(resourceIdOf)).filter((id) => id !== null),
  );
}

/** The materials the viewer is shown: a resource they may not read is left out, not even its title shows. */
export function shownMaterials(materials: readonly StoredMaterial[], resources: ReadonlyMap<string, ResourceType>): PreventionMaterial[] {
  return materials.flatMap((material): PreventionMaterial[] => {
    if (!('resourceId' in material)) return [{ ...material, resource: null }];
    const resource = resources.get(material.resourceId);
    return resource ? [{ title: resource.title, url: `/library/${resource.id}`, resource }] : [];
  });
}
