import type { Level, ResourceVisibility } from '@strom/shared';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin, isNetworkModerator } from '../user/user.policy.js';

/** What the rules read of a resource. */
export interface ResourceSubject {
  visibility: ResourceVisibility;
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
  authorId: string | null;
  /** The organisation its author worked for when adding it: its editors keep the resource accurate. */
  organisationId: string | null;
}

const curates = (viewer: Viewer) => isAdmin(viewer) || isNetworkModerator(viewer);

/**
 * Who reads a resource: PUBLIC anyone (dissemination); NETWORK every member; SCOPE the members of its place (its
 * country for a NATIONAL one, its municipality for a LOCAL one, everyone for a REGIONAL one) and the coordinators
 * of its country. The network's moderators and admins read everything. `visibleResourceSql` says the same in SQL.
 */
export function seesResource(viewer: Viewer, resource: ResourceSubject): boolean {
  if (resource.visibility === 'PUBLIC') return true;
  if (!isMember(viewer)) return false;
  if (resource.visibility === 'NETWORK' || curates(viewer) || resource.level === 'REGIONAL') return true;
  if (coordinates(viewer, resource.countryCode)) return true;
  if (resource.level === 'NATIONAL') return viewer.countryCode === resource.countryCode;
  return viewer.municipalityId !== null && viewer.municipalityId === resource.municipalityId;
}

/** `seesResource` as a WHERE condition on a resource aliased `alias`: lists, facets, counts and search filter in SQL. */
export function visibleResourceSql(viewer: Viewer, alias = 'r'): { sql: string; params: unknown[] } {
  if (!isMember(viewer)) return { sql: `${alias}.visibility = 'PUBLIC'`, params: [] };
  if (curates(viewer)) return { sql: 'true', params: [] };
  return {
    sql: `(${alias}.visibility <> 'SCOPE' or ${alias}.level = 'REGIONAL'
      or (${alias}.level = 'NATIONAL' and ${alias}.country_code = ?)
      or (${alias}.level = 'LOCAL' and ${alias}.municipality_id = ?)
      or ${alias}.country_code = any(?::text[]))`,
    params: [viewer.countryCode, viewer.municipalityId, `{${coordinatedCountries(viewer).join(',')}}`],
  };
}

const authors = (viewer: Viewer, resource: ResourceSubject) =>
  isMember(viewer) && resource.authorId !== null && resource.authorId === viewer.userId;

const edits = (viewer: Viewer, resource: ResourceSubject) =>
  isMember(viewer) && resource.organisationId !== null && viewer.editorOf.includes(resource.organisationId);

/** The library's one table: commands `authorize`, read models `can`, `viewerCan` fields `permissions`. */
export const resourceAbilities = defineAbilities<ResourceSubject>()({
  read: { allow: seesResource, refusal: 'You may not read this resource' },
  /** Downloads of members-only files need a session; public files are for anyone. */
  download: { allow: seesResource, refusal: 'Sign in to download this file' },
  recommend: { allow: (viewer, resource) => isMember(viewer) && seesResource(viewer, resource), refusal: 'Sign in to recommend' },
  edit: {
    allow: (viewer, resource) =>
      seesResource(viewer, resource) &&
      (authors(viewer, resource) || edits(viewer, resource) || coordinates(viewer, resource.countryCode) || isAdmin(viewer)),
    refusal: 'Only its author, editors of its organisation, the coordinators of its country and admins change this resource',
  },
  delete: {
    allow: (viewer, resource) => seesResource(viewer, resource) && (authors(viewer, resource) || curates(viewer)),
    refusal: 'Only its author, the network’s moderators and admins may remove this resource',
  },
});

/** The library as a whole: members add resources (and upload files for them). */
export const library = defineAbilities()({
  contribute: { allow: isMember, refusal: 'Members add resources to the library' },
});
