import type { Level, OrganisationType, ServiceKind } from '@strom/shared';
import { countryJson, municipalityJson, type CountryView, type MunicipalityView } from '../scope/place.view.js';
import { Scope } from '../scope/scope.type.js';
import type { OrganisationStatus } from './organisation-status.js';

/**
 * An organisation as read models deliver it: a plain object with the fields of the GraphQL `Organisation`
 * type (contacts raw: the resolver applies the ability table, as for entities), built from one JSON value.
 */
export interface OrganisationView {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  description: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  publiclyListed: boolean;
  status: OrganisationStatus;
  /** Read by the policy: a proposed organisation is for its proposer and its approvers. */
  proposedById: string | null;
  /** Why it was proposed: the resolver shows it to its proposer and approvers only. */
  proposalReason: string | null;
  mergedIntoId: string | null;
  closedAt: Date | null;
  lastConfirmedAt: Date;
  version: number;
  updatedAt: Date;
  scope: Scope;
  /** Present when the read model listed them (the organisation directory); otherwise loaded per request. */
  services?: OrganisationServiceView[];
}

export interface OrganisationServiceView {
  id: string;
  organisation: OrganisationView;
  kind: ServiceKind;
  capacity: number | null;
  targetGroups: string[];
  languages: string[];
  available24x7: boolean;
  formsOfExploitation: string[];
  description: string | null;
  hotline: string | null;
  address: string | null;
}

export interface OrganisationJson extends Omit<OrganisationView, 'scope' | 'updatedAt' | 'closedAt' | 'lastConfirmedAt' | 'services'> {
  updatedAt: string;
  closedAt: string | null;
  lastConfirmedAt: string;
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
  /** With `places`: the joined country and municipality of its scope. */
  country?: CountryView | null;
  municipality?: MunicipalityView | null;
  services?: Omit<OrganisationServiceView, 'organisation'>[];
}

/** Every field but the description, which a list reads only when its query asks for it. */
const FIELDS = (o: string) => `'id', ${o}.id, 'name', ${o}.name, 'acronym', ${o}.acronym, 'type', ${o}.type,
  'website', ${o}.website, 'phone', ${o}.phone, 'email', ${o}.email,
  'publiclyListed', ${o}.publicly_listed, 'status', ${o}.status, 'proposedById', ${o}.proposed_by_id,
  'proposalReason', ${o}.proposal_reason, 'mergedIntoId', ${o}.merged_into_id,
  'closedAt', ${o}.closed_at, 'lastConfirmedAt', ${o}.last_confirmed_at, 'version', ${o}.version, 'updatedAt', ${o}.updated_at,
  'level', ${o}.level, 'countryCode', ${o}.country_code, 'municipalityId', ${o}.municipality_id`;

/** A service's fields beyond its id and kind, by GraphQL name: a list reads those its query asks for. */
const SERVICE_COLUMNS: Record<string, string> = {
  capacity: 'capacity',
  targetGroups: 'target_groups',
  languages: 'languages',
  available24x7: 'available24x7',
  formsOfExploitation: 'forms_of_exploitation',
  description: 'description',
  hotline: 'hotline',
  address: 'address',
};

/**
 * What a statement reads of each organisation beyond its fixed fields: the description, and which of its
 * services' fields (null: no services). Long free texts were most of the anonymous directory page's bytes
 * (50 KB read for a 12 KB answer); fields left out are absent from the view, so only a query that did not
 * select them may be answered from it.
 */
export interface OrganisationReads {
  description: boolean;
  services: ReadonlySet<string> | null;
}

export const EVERY_FIELD: OrganisationReads = { description: true, services: new Set(Object.keys(SERVICE_COLUMNS)) };

/** The fields of an organisation's name line: a list of experts shows little else of their organisation. */
export const ORGANISATION_NAME_FIELDS = ['id', 'name', 'acronym', 'type'] as const;

export type OrganisationNameJson = Pick<OrganisationView, (typeof ORGANISATION_NAME_FIELDS)[number]>;

/** Just those fields of an organisation aliased `o`, as one JSON value (about 100 B instead of 680 B). */
export function organisationNameJson(o: string): string {
  return `json_build_object('id', ${o}.id, 'name', ${o}.name, 'acronym', ${o}.acronym, 'type', ${o}.type)`;
}

/**
 * An organisation read for its name line: the fields it did not read are absent, which is why only a query that
 * selects no other field of it may be answered from it (expert/expert-reads.ts decides).
 */
// oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the fields it lacks are the ones its query does not read
export const toOrganisationName = (json: OrganisationNameJson): OrganisationView => json as OrganisationView;

/** An organisation aliased `o` as one JSON value. */
export function organisationJson(o: string): string {
  return `json_build_object(${FIELDS(o)}, 'description', ${o}.description)`;
}

/**
 * The same with its scope's places (aliases `c`, `m`, outer-joined) and its services, in kind order: what a
 * list of organisations shows, in the list's own statement.
 */
export function organisationWithPlacesJson(o: string, c: string, m: string, reads: OrganisationReads = EVERY_FIELD): string {
  const description = reads.description ? `, 'description', ${o}.description` : '';
  return `json_build_object(${FIELDS(o)}${description}, 'country', ${countryJson(c)}, 'municipality', ${municipalityJson(m)}${servicesJson(o, reads.services)})`;
}

function servicesJson(o: string, fields: ReadonlySet<string> | null): string {
  if (!fields) return '';
  const more = Object.entries(SERVICE_COLUMNS).flatMap(([field, column]) => (fields.has(field) ? [`, '${field}', s.${column}`] : []));
  return `, 'services', coalesce((select json_agg(json_build_object('id', s.id, 'kind', s.kind${more.join('')}) order by s.kind, s.id)
      from organisation_service s where s.organisation_id = ${o}.id), '[]'::json)`;
}

export function toOrganisation(json: OrganisationJson): OrganisationView {
  const { updatedAt, closedAt, lastConfirmedAt, level, countryCode, municipalityId, country, municipality, services, ...fields } = json;
  const places = country === undefined ? undefined : { country, municipality: municipality ?? null };
  const organisation: OrganisationView = {
    ...fields,
    updatedAt: new Date(updatedAt),
    closedAt: closedAt ? new Date(closedAt) : null,
    lastConfirmedAt: new Date(lastConfirmedAt),
    scope: new Scope(level, countryCode?.trim() ?? null, municipalityId, places),
  };
  if (services) organisation.services = services.map((service) => ({ ...service, organisation }));
  return organisation;
}
