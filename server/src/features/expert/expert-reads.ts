import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../../core/lookahead.js';
import { organisationJson, organisationNameJson, ORGANISATION_NAME_FIELDS } from '../organisation/organisation.view.js';
import { countryJson, municipalityJson } from '../scope/place.view.js';

/**
 * What a statement reads of each expert beyond what every view has (identity, name, title, languages, the
 * contact details and the fields the contact rules read). A directory row is about 2 KB as the full view reads
 * it, of which the organisation's 20 fields are 680 B and the roles' scopes and responsibilities 530 B, for a row
 * that shows the organisation's name and the roles' badges. Fields left out are absent from the view, so only a
 * query that did not select them may be answered from it (`expertListReads`).
 */
export interface ExpertReads {
  /** Only the organisation's id, name, acronym and type. */
  organisationName: boolean;
  /** Roles as badges: their id, role and dates (for `status`), without responsibilities and scope. */
  roleBadges: boolean;
  /** The profile's free text and lists: bio, forms of exploitation, topics. */
  profileTexts: boolean;
}

export const EVERY_EXPERT_FIELD: ExpertReads = { organisationName: false, roleBadges: false, profileTexts: true };

const ROLE_BADGE_FIELDS = ['id', 'role', 'status', 'startsOn', 'endsOn'];
const PROFILE_TEXT_FIELDS = ['bio', 'formsOfExploitation', 'topics'];

/** What an expert connection's query (the directory, an organisation's people) may read of its nodes (through aliases and fragments: in doubt, read). */
export function expertListReads(info: GraphQLResolveInfo): ExpertReads {
  const node = selectedFieldNames(info, ['edges', 'node']);
  const within = (path: string, fields: readonly string[]) =>
    [...selectedFieldNames(info, ['edges', 'node', path])].every((field) => field === '__typename' || fields.includes(field));
  return {
    organisationName: within('organisation', ORGANISATION_NAME_FIELDS),
    roleBadges: within('roles', ROLE_BADGE_FIELDS),
    profileTexts: PROFILE_TEXT_FIELDS.some((field) => node.has(field)),
  };
}

/** What one statement reads for several lists at once (a batch): everything any of them reads. */
export function readsOfAll(all: readonly ExpertReads[]): ExpertReads {
  return {
    organisationName: all.every((reads) => reads.organisationName),
    roleBadges: all.every((reads) => reads.roleBadges),
    profileTexts: all.some((reads) => reads.profileTexts),
  };
}

/** A short key for a kind of read (a cache key). */
export const readsKey = (reads: ExpertReads): string => `${+reads.organisationName}${+reads.roleBadges}${+reads.profileTexts}`;

const columnsByReads = new Map<string, string>();

/** Select list of an expert aliased `e` with EXPERT_JOINS; roles in the entity's order (by role). One text per kind of read. */
export function expertColumns(reads: ExpertReads): string {
  const key = readsKey(reads);
  let columns = columnsByReads.get(key);
  if (columns === undefined) columnsByReads.set(key, (columns = selectList(reads)));
  return columns;
}

function selectList(reads: ExpertReads): string {
  const texts = reads.profileTexts ? 'e.bio, e.forms_of_exploitation, e.topics,' : '';
  const organisation = reads.organisationName ? organisationNameJson('o') : organisationJson('o');
  const role = reads.roleBadges
    ? `'id', r.id, 'role', r.role, 'startsOn', r.starts_on, 'endsOn', r.ends_on`
    : `'id', r.id, 'role', r.role, 'responsibilities', r.responsibilities, 'startsOn', r.starts_on, 'endsOn', r.ends_on,
      'level', r.level, 'countryCode', r.country_code, 'municipalityId', r.municipality_id`;
  return `e.id, e.full_name, e.title, e.languages, ${texts} e.available_for_consultation, e.last_confirmed_at, e.version,
  e.email, e.phone, e.messaging_handle, e.email_visibility, e.phone_visibility, e.messaging_handle_visibility, e.country_code,
  ${organisation} as organisation, ${countryJson('c')} as country, ${municipalityJson('m')} as municipality,
  coalesce((select json_agg(json_build_object(${role}) order by r.role, r.id)
    from role_assignment r where r.expert_id = e.id), '[]'::json) as roles`;
}
