import type { FormOfExploitation, Level, ResourceKind, ResourceVisibility, TargetGroup } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { resourceAbilities } from './resource.policy.js';
import type { ResourceType } from './resource.types.js';

/** A resource as one row: its file's facts, its municipality and whether the viewer recommends it joined in. */
export interface ResourceRow {
  id: string;
  kind: ResourceKind;
  title: string;
  summary: string | null;
  level: Level;
  country_code: string | null;
  municipality: MunicipalityView | null;
  visibility: ResourceVisibility;
  languages: string[];
  tags: string[];
  forms: FormOfExploitation[];
  target_groups: TargetGroup[];
  year: number | null;
  publisher: string | null;
  url: string | null;
  file_name: string | null;
  content_type: string | null;
  size: string | number | null;
  text_indexed: boolean;
  author_id: string | null;
  organisation_id: string | null;
  version: number;
  recommendations: number;
  viewer_recommends: boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

/** The columns of a resource aliased `r`; the one parameter is the viewer's user id (null for a visitor). */
export const RESOURCE_COLUMNS = `r.id, r.kind, r.title, r.summary, r.level, trim(r.country_code) as country_code,
  ${municipalityJson('m')} as municipality, r.visibility, r.languages, r.tags, r.forms, r.target_groups, r.year,
  r.publisher, r.url, r.file_name, b.content_type, b.size, coalesce(b.text_content is not null, false) as text_indexed,
  r.author_id, r.organisation_id, r.version, r.recommendations, r.created_at, r.updated_at,
  exists (select 1 from resource_recommendation rr where rr.resource_id = r.id and rr.user_id = ?::uuid) as viewer_recommends`;

export const RESOURCE_FROM = `resource r left join resource_blob b on b.id = r.blob_id left join municipality m on m.id = r.municipality_id`;

export const viewerParam = (viewer: Viewer) => (isMember(viewer) ? viewer.userId : null);

export function toResource(row: ResourceRow, viewer: Viewer): ResourceType {
  const subject = {
    visibility: row.visibility,
    level: row.level,
    countryCode: row.country_code,
    municipalityId: row.municipality?.id ?? null,
    authorId: row.author_id,
    organisationId: row.organisation_id,
  };
  const permissions = resourceAbilities.permissions(viewer, subject);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    level: row.level,
    countryCode: row.country_code,
    municipality: row.municipality,
    visibility: row.visibility,
    languages: row.languages,
    tags: row.tags,
    formsOfExploitation: row.forms,
    targetGroups: row.target_groups,
    year: row.year,
    publisher: row.publisher,
    url: row.url,
    file:
      row.file_name && row.content_type
        ? {
            fileName: row.file_name,
            contentType: row.content_type,
            size: Number(row.size),
            downloadUrl: `/files/library/${row.id}`,
            textIndexed: row.text_indexed,
          }
        : null,
    recommendations: row.recommendations,
    viewerRecommends: row.viewer_recommends,
    viewerCan: { recommend: permissions.recommend, edit: permissions.edit, delete: permissions.delete },
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
