import type { FilterQuery } from '@mikro-orm/core';
import { parseCountryCode } from '../../core/ids.js';
import { searchTerms } from '../../core/text-search.js';
import { currentRoleWhere, utcToday } from '../role-assignment/role-status.js';
import { expertMatches } from './expert-text-match.js';
import type { Expert } from './expert.entity.js';
import type { ExpertFilter } from './expert.inputs.js';

/** The conditions of the expert directory that have facets: each facet counts with its own left out. */
export const EXPERT_DIMENSIONS = [
  'country',
  'municipality',
  'level',
  'organisationType',
  'role',
  'formOfExploitation',
  'service',
  'language',
  'availableForConsultation',
] as const;
export type ExpertDimension = (typeof EXPERT_DIMENSIONS)[number];

/**
 * The one place the expert filter becomes SQL conditions: the directory list, its facet counts and the
 * CSV export all build from here, so a count can never disagree with the list it describes.
 */
export function expertWhere(filter: ExpertFilter | null | undefined, except?: ExpertDimension): FilterQuery<Expert> {
  const f = filter ?? {};
  const terms = searchTerms(f.text);
  const byDimension: Record<ExpertDimension, FilterQuery<Expert> | null> = {
    country: f.countryCode ? { country: parseCountryCode(f.countryCode, 'filter.countryCode') } : null,
    municipality: f.municipalityId ? { municipality: f.municipalityId.toLowerCase() } : null,
    level: f.level ? { organisation: { level: f.level } } : null,
    organisationType: f.organisationType ? { organisation: { type: f.organisationType } } : null,
    role: f.role ? { roles: { $some: { role: f.role, ...currentRoleWhere(utcToday()) } } } : null,
    formOfExploitation: f.formOfExploitation ? { formsOfExploitation: { $contains: [f.formOfExploitation] } } : null,
    service: f.service ? { organisation: { services: { $some: { kind: f.service } } } } : null,
    language: f.language ? { languages: { $contains: [f.language] } } : null,
    availableForConsultation:
      typeof f.availableForConsultation === 'boolean' ? { availableForConsultation: f.availableForConsultation } : null,
  };
  const conditions: FilterQuery<Expert>[] = [
    ...EXPERT_DIMENSIONS.filter((d) => d !== except).flatMap((d) => byDimension[d] ?? []),
    ...(f.organisationId ? [{ organisation: f.organisationId.toLowerCase() }] : []),
    ...(terms ? [{ [expertMatches(terms)]: [] }] : []),
  ];
  return { $and: conditions };
}
