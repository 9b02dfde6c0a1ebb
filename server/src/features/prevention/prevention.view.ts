import type { FormOfExploitation, Level, PreventionVisibility, TargetGroup } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { ResourceType } from '../resource/resource.types.js';
import { countryJson, municipalityJson, type CountryView, type MunicipalityView } from '../scope/place.view.js';
import { Scope } from '../scope/scope.type.js';
import { shownMaterials, type StoredMaterial } from './prevention-materials.js';
import { preventionAbilities } from './prevention.policy.js';
import type { PreventionActivity } from './prevention.types.js';

/** An activity as the read model selects it: its places, partners and author joined into the one row. */
export interface PreventionRow {
  id: string;
  visibility: PreventionVisibility;
  author_id: string | null;
  author_name: string | null;
  title: string;
  description: string;
  target_groups: TargetGroup[];
  forms_of_exploitation: FormOfExploitation[];
  level: Level;
  country_code: string | null;
  municipality_id: string | null;
  country: CountryView | null;
  municipality: MunicipalityView | null;
  starts_on: Date | string;
  ends_on: Date | string | null;
  people_reached: number | null;
  reach_note: string | null;
  results: string | null;
  lessons: string | null;
  materials: StoredMaterial[];
  partners: { id: string; name: string }[];
  version: number;
  updated_at: Date | string;
}

export const ACTIVITY_COLUMNS = `a.id, a.visibility, a.author_id, x.full_name as author_name, a.title, a.description, a.target_groups,
  a.forms_of_exploitation, a.level, a.country_code, a.municipality_id, ${countryJson('c')} as country,
  ${municipalityJson('mu')} as municipality, a.starts_on, a.ends_on, a.people_reached, a.reach_note, a.results, a.lessons,
  a.materials, a.version, a.updated_at,
  coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by p.position)
    from prevention_partner p join organisation o on o.id = p.organisation_id
    where p.activity_id = a.id and o.status <> 'PROPOSED'), '[]'::json) as partners`;
export const ACTIVITY_FROM = `prevention_activity a left join country c on c.code = a.country_code
  left join municipality mu on mu.id = a.municipality_id left join app_user u on u.id = a.author_id
  left join expert x on x.id = u.expert_id and x.published_at is not null`;

/** A calendar date as 'YYYY-MM-DD', whichever way the driver handed it back (PGlite: a Date at UTC midnight; pg: text). */
export function localDate(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
}

/** A plain object shaped like the GraphQL type, with what the viewer may do to it from the one ability table. */
export function toActivity(row: PreventionRow, viewer: Viewer, resources: ReadonlyMap<string, ResourceType>): PreventionActivity {
  const partners = row.partners;
  const can = preventionAbilities.permissions(viewer, {
    visibility: row.visibility,
    authorId: row.author_id,
    countryCode: row.country_code,
    partnerIds: partners.map((partner) => partner.id),
  });
  return {
    id: row.id,
    visibility: row.visibility,
    title: row.title,
    description: row.description,
    targetGroups: row.target_groups,
    formsOfExploitation: row.forms_of_exploitation,
    scope: new Scope(row.level, row.country_code, row.municipality_id, { country: row.country, municipality: row.municipality }),
    startsOn: localDate(row.starts_on),
    endsOn: row.ends_on === null ? null : localDate(row.ends_on),
    peopleReached: row.people_reached,
    reachNote: row.reach_note,
    results: row.results,
    lessons: row.lessons,
    partners,
    materials: shownMaterials(row.materials, resources),
    authorName: can.seeAuthor ? row.author_name : null,
    version: row.version,
    updatedAt: new Date(row.updated_at),
    viewerCan: { edit: can.edit, delete: can.delete },
  };
}
