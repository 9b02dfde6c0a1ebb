import type { FormOfExploitation } from '@strom/shared';
import type { Level } from '@strom/shared';
import { organisationJson, toOrganisation, type OrganisationJson, type OrganisationView } from '../organisation/organisation.view.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { countryJson, municipalityJson, type CountryView, type MunicipalityView } from '../scope/place.view.js';
import { Scope } from '../scope/scope.type.js';
import type { ContactVisibility } from '../user/user.enums.js';

/**
 * An expert as the directory and the profile read it: a plain object with the fields of the GraphQL `Expert`
 * type and its to-one relations joined, its roles aggregated in the same statement. Contact details stay raw
 * here; the `contacts` resolver applies the ability table, the same for entities and views.
 */
export interface ExpertView {
  id: string;
  fullName: string;
  title: string | null;
  languages: string[];
  bio: string | null;
  formsOfExploitation: FormOfExploitation[];
  topics: string[];
  availableForConsultation: boolean;
  lastConfirmedAt: Date;
  version: number;
  email: string | null;
  phone: string | null;
  messagingHandle: string | null;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
  messagingHandleVisibility: ContactVisibility;
  countryCode: string;
  organisation: OrganisationView;
  country: CountryView;
  municipality: MunicipalityView | null;
  roles: RoleView[];
}

export interface RoleView {
  id: string;
  role: RoleKey;
  responsibilities: string | null;
  startsOn: string | null;
  endsOn: string | null;
  scope: Scope;
}

interface RoleJson extends Omit<RoleView, 'scope'> {
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
}

export interface ExpertRow {
  id: string;
  full_name: string;
  title: string | null;
  languages: string[];
  bio: string | null;
  forms_of_exploitation: FormOfExploitation[];
  topics: string[];
  available_for_consultation: boolean;
  last_confirmed_at: Date;
  version: number;
  email: string | null;
  phone: string | null;
  messaging_handle: string | null;
  email_visibility: ContactVisibility;
  phone_visibility: ContactVisibility;
  messaging_handle_visibility: ContactVisibility;
  country_code: string;
  organisation: OrganisationJson;
  country: CountryView;
  municipality: MunicipalityView | null;
  roles: RoleJson[];
}

/** Select list of an expert aliased `e` with EXPERT_JOINS; roles in the entity's order (by role). */
export const EXPERT_COLUMNS = `e.id, e.full_name, e.title, e.languages, e.bio, e.forms_of_exploitation, e.topics,
  e.available_for_consultation, e.last_confirmed_at, e.version, e.email, e.phone, e.messaging_handle, e.email_visibility, e.phone_visibility,
  e.messaging_handle_visibility, e.country_code, ${organisationJson('o')} as organisation, ${countryJson('c')} as country,
  ${municipalityJson('m')} as municipality,
  coalesce((select json_agg(json_build_object('id', r.id, 'role', r.role, 'responsibilities', r.responsibilities,
      'startsOn', r.starts_on, 'endsOn', r.ends_on, 'level', r.level, 'countryCode', r.country_code,
      'municipalityId', r.municipality_id) order by r.role, r.id)
    from role_assignment r where r.expert_id = e.id), '[]'::json) as roles`;

export const EXPERT_JOINS = `join organisation o on o.id = e.organisation_id join country c on c.code = e.country_code
  left join municipality m on m.id = e.municipality_id`;

export function toExpert(row: ExpertRow): ExpertView {
  return {
    id: row.id,
    fullName: row.full_name,
    title: row.title,
    languages: row.languages,
    bio: row.bio,
    formsOfExploitation: row.forms_of_exploitation,
    topics: row.topics,
    availableForConsultation: row.available_for_consultation,
    lastConfirmedAt: new Date(row.last_confirmed_at),
    version: row.version,
    email: row.email,
    phone: row.phone,
    messagingHandle: row.messaging_handle,
    emailVisibility: row.email_visibility,
    phoneVisibility: row.phone_visibility,
    messagingHandleVisibility: row.messaging_handle_visibility,
    countryCode: row.country_code.trim(),
    organisation: toOrganisation(row.organisation),
    country: { ...row.country, code: row.country.code.trim() },
    municipality: row.municipality,
    roles: row.roles.map(({ level, countryCode, municipalityId, ...role }) => ({
      ...role,
      scope: new Scope(level, countryCode?.trim() ?? null, municipalityId),
    })),
  };
}
