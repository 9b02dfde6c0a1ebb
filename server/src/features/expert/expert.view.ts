import type { FormOfExploitation } from '@strom/shared';
import type { Level } from '@strom/shared';
import {
  toOrganisation,
  type OrganisationJson,
  type OrganisationNameJson,
  type OrganisationView,
  toOrganisationName,
} from '../organisation/organisation.view.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import type { CountryView, MunicipalityView } from '../scope/place.view.js';
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
  /** Absent when a list's query did not ask for them (`ExpertReads.profileTexts`). */
  bio?: string | null;
  formsOfExploitation?: FormOfExploitation[];
  topics?: string[];
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
  startsOn: string | null;
  endsOn: string | null;
  /** Absent from a badge (`ExpertReads.roleBadges`): a list whose query did not ask for them. */
  responsibilities?: string | null;
  scope?: Scope;
}

/** A role as the statement reads it; a badge (`ExpertReads.roleBadges`) has neither responsibilities nor scope. */
interface RoleJson extends Omit<RoleView, 'scope'> {
  level?: Level;
  countryCode?: string | null;
  municipalityId?: string | null;
}

export interface ExpertRow {
  id: string;
  full_name: string;
  title: string | null;
  languages: string[];
  /** Absent unless the statement read the profile's texts (`ExpertReads.profileTexts`). */
  bio?: string | null;
  forms_of_exploitation?: FormOfExploitation[];
  topics?: string[];
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
  organisation: OrganisationJson | OrganisationNameJson;
  country: CountryView;
  municipality: MunicipalityView | null;
  roles: RoleJson[];
}

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
    organisation: 'level' in row.organisation ? toOrganisation(row.organisation) : toOrganisationName(row.organisation),
    country: { ...row.country, code: row.country.code.trim() },
    municipality: row.municipality,
    roles: row.roles.map(toRole),
  };
}

/** A role with its scope, or a badge (`ExpertReads.roleBadges`): the fields it did not read stay absent. */
function toRole({ level, countryCode, municipalityId, ...role }: RoleJson): RoleView {
  return level === undefined ? role : { ...role, scope: new Scope(level, countryCode?.trim() ?? null, municipalityId ?? null) };
}
