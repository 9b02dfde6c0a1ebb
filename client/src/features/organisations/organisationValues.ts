import { isSafeWebsite, normalisePhone } from '@strom/shared';
import type { ServiceKind, UpdateOrganisationInput } from '../../gql/graphql';

/** What the edit form holds: text as typed; blank optional fields are sent as null ("none"). */
export interface OrganisationValues {
  name: string;
  acronym: string;
  description: string;
  website: string;
  phone: string;
  email: string;
  /** Hotline by service id. */
  hotlines: Record<string, string>;
}

interface OrganisationSource {
  name: string;
  acronym?: string | null;
  description?: string | null;
  website?: string | null;
  phone?: string | null;
  email?: string | null;
  services: readonly { id: string; kind: ServiceKind; hotline?: string | null }[];
}

export function organisationValuesOf(organisation: OrganisationSource): OrganisationValues {
  return {
    name: organisation.name,
    acronym: organisation.acronym ?? '',
    description: organisation.description ?? '',
    website: organisation.website ?? '',
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
    hotlines: Object.fromEntries(organisation.services.map((service) => [service.id, service.hotline ?? ''])),
  };
}

const orNull = (text: string) => text.trim() || null;

export function organisationInputOf(id: string, version: number, values: OrganisationValues): UpdateOrganisationInput {
  return {
    id,
    expectedVersion: version,
    name: values.name.trim(),
    acronym: orNull(values.acronym),
    description: orNull(values.description),
    website: orNull(values.website),
    phone: orNull(values.phone),
    email: orNull(values.email),
    services: Object.entries(values.hotlines).map(([serviceId, hotline]) => ({ id: serviceId, hotline: orNull(hotline) })),
  };
}

/** The input field an error is reported on: `services.2.hotline` is the third service's hotline. */
export function hotlineField(index: number): string {
  return `services.${index}.hotline`;
}

function phoneProblem(text: string): boolean {
  return text.trim() !== '' && normalisePhone(text) === null;
}

export type ProblemKey = 'nameMissing' | 'phone' | 'hotline' | 'email' | 'website';

/**
 * The checks the server makes too (the same shared rules), so the reader hears about a mistake before
 * sending: problems by input field name.
 */
export function organisationProblems(values: OrganisationValues, serviceIds: readonly string[]): Record<string, ProblemKey> {
  const problems: Record<string, ProblemKey> = {};
  if (values.name.trim().length < 2) problems['name'] = 'nameMissing';
  if (phoneProblem(values.phone)) problems['phone'] = 'phone';
  // A light check; the server's is the full one.
  if (values.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) problems['email'] = 'email';
  if (values.website.trim() !== '' && !isSafeWebsite(values.website.trim())) problems['website'] = 'website';
  serviceIds.forEach((id, index) => {
    if (phoneProblem(values.hotlines[id] ?? '')) problems[hotlineField(index)] = 'hotline';
  });
  return problems;
}
