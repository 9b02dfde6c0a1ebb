import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin } from '../user/user.policy.js';

/**
 * What the rules read of a pathway, and the two facts about the reader that need the database (whether they are
 * the municipality's contact point, whether they hold a TF-THB seat): the caller looks them up once
 * (pathway-reader.ts) and passes them in, so the rules stay pure.
 */
export interface PathwaySubject {
  countryCode: string;
  municipalityId: string | null;
  isPublic: boolean;
  editorExpertIds: readonly string[];
  reader: PathwayReaderFacts;
}

export interface PathwayReaderFacts {
  /** Municipalities whose current contact point the reader is. */
  contactPointOf: readonly string[];
  taskForce: boolean;
}

export const NO_READER_FACTS: PathwayReaderFacts = { contactPointOf: [], taskForce: false };

/** Coordinators of its country (with two-factor) and admins: they steer every pathway there. */
function steers(viewer: Viewer, pathway: PathwaySubject): boolean {
  return isAdmin(viewer) || coordinates(viewer, pathway.countryCode);
}

/** The municipality's contact point, members a coordinator named, the country's coordinators and admins. */
function edits(viewer: Viewer, pathway: PathwaySubject): boolean {
  if (steers(viewer, pathway)) return true;
  if (!isMember(viewer)) return false;
  const contactPoint = pathway.municipalityId !== null && pathway.reader.contactPointOf.includes(pathway.municipalityId);
  const named = viewer.expertId !== null && pathway.editorExpertIds.includes(viewer.expertId);
  return contactPoint || named;
}

export const pathwayAbilities = defineAbilities<PathwaySubject>()({
  /** The published version: every member; anyone when the municipality made it public. */
  readPublished: { allow: (viewer, pathway) => isMember(viewer) || pathway.isPublic, refusal: 'Sign in to read this pathway' },
  /** Personal contacts of members at each step never reach anonymous readers of a public pathway. */
  seePersonalContacts: { allow: (viewer) => isMember(viewer), refusal: 'Sign in to see whom to call' },
  /** Drafts and the whole history: its editors, the country's coordinators, TF-THB members and admins. */
  readDraft: {
    allow: (viewer, pathway) => edits(viewer, pathway) || (isMember(viewer) && pathway.reader.taskForce),
    refusal: 'Only its editors, coordinators and TF-THB members read drafts',
  },
  edit: { allow: edits, refusal: 'Only its contact point, named editors, the country’s coordinators and admins edit this pathway' },
  publish: { allow: edits, refusal: 'Only its editors publish this pathway' },
  /** Making it public is the municipality's choice: its editors. */
  setPublic: { allow: edits, refusal: 'Only its editors decide whether this pathway is public' },
  nameEditors: { allow: steers, refusal: 'Only coordinators of its country name a pathway’s editors' },
});

/**
 * `readDraft` as a WHERE condition on a pathway aliased `alias`, with the reader's facts looked up beforehand
 * (pathway-reader.ts): lists over many pathways, such as a resource's "Linked from", filter in SQL.
 */
export function draftReadableSql(viewer: Viewer, reader: PathwayReaderFacts, alias = 'pw'): { sql: string; params: unknown[] } {
  if (isAdmin(viewer)) return { sql: 'true', params: [] };
  if (!isMember(viewer)) return { sql: 'false', params: [] };
  if (reader.taskForce) return { sql: 'true', params: [] };
  return {
    sql: `(${alias}.country_code = any(?::text[]) or ${alias}.municipality_id = any(?::uuid[]) or ?::uuid = any(${alias}.editor_expert_ids))`,
    params: [`{${coordinatedCountries(viewer).join(',')}}`, `{${reader.contactPointOf.join(',')}}`, viewer.expertId],
  };
}
