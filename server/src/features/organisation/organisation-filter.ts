import type { FilterQuery } from '@mikro-orm/core';
import { isMember, type Viewer } from '../../core/auth.js';
import { parseCountryCode } from '../../core/ids.js';
import { searchTerms } from '../../core/text-search.js';
import { organisationMatches } from './organisation-text-match.js';
import type { OrganisationService } from './organisation-service.entity.js';
import type { Organisation } from './organisation.entity.js';
import type { OrganisationFilter } from './organisation.inputs.js';
import { editableWhere } from './organisation.policy.js';

/** The conditions of the organisation list that have facets: each facet counts with its own left out. */
export const ORGANISATION_DIMENSIONS = ['country', 'municipality', 'level', 'type', 'service', 'targetGroup', 'language'] as const;
export type OrganisationDimension = (typeof ORGANISATION_DIMENSIONS)[number];

/** Conditions on one service row: a shelter for men in Russian must be one service, not three. */
export const SERVICE_DIMENSIONS = ['service', 'targetGroup', 'language'] as const satisfies readonly OrganisationDimension[];

export function serviceWhere(filter: OrganisationFilter, except?: OrganisationDimension): FilterQuery<OrganisationService> {
  return {
    ...(filter.service && except !== 'service' ? { kind: filter.service } : {}),
    ...(filter.targetGroup && except !== 'targetGroup' ? { targetGroups: { $contains: [filter.targetGroup] } } : {}),
    ...(filter.language && except !== 'language' ? { languages: { $contains: [filter.language] } } : {}),
  };
}

export interface OrganisationWhereOptions {
  /** A facet's own dimension, left out of its count. */
  except?: OrganisationDimension;
  /** Facets over services check the service conditions on the service row they count instead. */
  withoutServices?: boolean;
}

/**
 * The one place the organisation filter becomes SQL conditions, visibility included: anonymous visitors
 * only ever see, and count, publicly listed organisations. The list and its facets both build from here.
 */
export function organisationWhere(
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  options: OrganisationWhereOptions = {},
): FilterQuery<Organisation> {
  const f = filter ?? {};
  const { except } = options;
  const terms = searchTerms(f.text);
  const service = options.withoutServices ? {} : serviceWhere(f, except);
  const conditions: FilterQuery<Organisation>[] = [
    // Proposed, closed and merged organisations keep their rows (and pages) but leave the directory's lists.
    { status: 'ACTIVE' },
    ...(isMember(viewer) ? [] : [{ publiclyListed: true }]),
    ...(f.editableByMe ? [editableWhere(viewer)] : []),
    ...(f.countryCode && except !== 'country' ? [{ country: parseCountryCode(f.countryCode, 'filter.countryCode') }] : []),
    ...(f.municipalityId && except !== 'municipality' ? [{ municipality: f.municipalityId.toLowerCase() }] : []),
    ...(f.level && except !== 'level' ? [{ level: f.level }] : []),
    ...(f.type && except !== 'type' ? [{ type: f.type }] : []),
    ...(Object.keys(service).length > 0 ? [{ services: { $some: service } }] : []),
    ...(terms ? [{ [organisationMatches(terms)]: [] }] : []),
  ];
  return { $and: conditions };
}
