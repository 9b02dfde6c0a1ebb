import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { contactsOfSteps, organisationsOfSteps, resourcesOfSteps } from './pathway-directory.read.js';
import type { PathwayPlace } from './pathway-key.js';
import { pathwayAbilities, type PathwaySubject } from './pathway.policy.js';
import { pathwayReaderFacts } from './pathway-reader.js';
import type { ReferralPathwayType } from './pathway.types.js';
import { toVersion, type VersionRow } from './pathway.view.js';

interface PathwayRow {
  id: string;
  level: 'LOCAL' | 'NATIONAL';
  countryCode: string;
  municipalityId: string | null;
  municipality: MunicipalityView | null;
  isPublic: boolean;
  latestNumber: number;
  publishedNumber: number | null;
  editorExpertIds: string[];
  editors: { expertId: string; fullName: string }[];
  published: VersionRow | null;
  latest: VersionRow | null;
}

/** A version as JSON, its author named by their profile (null once the account is gone). */
export function versionJson(alias: string): string {
  return `json_build_object('number', ${alias}.number, 'reason', ${alias}.reason, 'createdAt', ${alias}.created_at,
    'publishedAt', ${alias}.published_at, 'steps', ${alias}.steps,
    'authorName', (select e.full_name from app_user u join expert e on e.id = u.expert_id where u.id = ${alias}.author_id))`;
}

const PATHWAY_SELECT = `select p.id, p.level, p.country_code as "countryCode", p.municipality_id as "municipalityId",
    ${municipalityJson('m')} as municipality, p.is_public as "isPublic", p.latest_number as "latestNumber",
    p.published_number as "publishedNumber", p.editor_expert_ids as "editorExpertIds",
    (select coalesce(json_agg(json_build_object('expertId', e.id, 'fullName', e.full_name) order by e.full_name), '[]')
       from expert e where e.id = any(p.editor_expert_ids)) as editors,
    (select ${versionJson('v')} from pathway_version v where v.pathway_id = p.id and v.number = p.published_number) as published,
    (select ${versionJson('v')} from pathway_version v where v.pathway_id = p.id and v.number = p.latest_number) as latest
  from referral_pathway p left join municipality m on m.id = p.municipality_id`;

/**
 * One pathway as the reader may see it: the published version (members, or anyone when public), the draft for
 * those who read drafts, null when there is nothing for them. Five statements at most: the pathway with its two
 * versions, the reader's roles, the steps' organisations, members and library resources.
 */
export async function findPathway(em: Em, viewer: Viewer, place: PathwayPlace): Promise<ReferralPathwayType | null> {
  const where = place.municipalityId ? `p.municipality_id = ?` : `p.country_code = ? and p.municipality_id is null`;
  const rows = await em.execute<PathwayRow[]>(`${PATHWAY_SELECT} where ${where}`, [place.municipalityId ?? place.countryCode]);
  return rows[0] ? present(em, viewer, rows[0]) : null;
}

export async function findPathwayById(em: Em, viewer: Viewer, id: string): Promise<ReferralPathwayType | null> {
  const rows = await em.execute<PathwayRow[]>(`${PATHWAY_SELECT} where p.id = ?`, [id]);
  return rows[0] ? present(em, viewer, rows[0]) : null;
}

export async function pathwaySubject(em: Em, viewer: Viewer, row: Omit<PathwaySubject, 'reader'>): Promise<PathwaySubject> {
  return { ...row, reader: await pathwayReaderFacts(em, viewer) };
}

async function present(em: Em, viewer: Viewer, row: PathwayRow): Promise<ReferralPathwayType | null> {
  const subject = await pathwaySubject(em, viewer, row);
  const can = pathwayAbilities.permissions(viewer, subject);
  const published = can.readPublished ? row.published : null;
  const draft = can.readDraft ? row.latest : null;
  if (!published && !draft) return null;
  const steps = [...(published?.steps ?? []), ...(draft?.steps ?? [])];
  const directory = {
    organisations: await organisationsOfSteps(em, steps),
    contacts: await contactsOfSteps(em, steps),
    resources: await resourcesOfSteps(em, viewer, steps),
  };
  return {
    id: row.id,
    level: row.level,
    countryCode: row.countryCode,
    municipality: row.municipality,
    isPublic: row.isPublic,
    latestVersion: can.readDraft ? row.latestNumber : (row.publishedNumber ?? 0),
    published: published && toVersion(viewer, { ...subject, id: row.id }, published, directory),
    draft: draft && toVersion(viewer, { ...subject, id: row.id }, draft, directory),
    editorExpertIds: can.nameEditors ? row.editorExpertIds : null,
    editors: can.nameEditors ? row.editors : null,
    viewerCan: {
      readDraft: can.readDraft,
      edit: can.edit,
      publish: can.publish,
      setPublic: can.setPublic,
      nameEditors: can.nameEditors,
    },
  };
}
