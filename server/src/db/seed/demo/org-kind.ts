// What a kind of organisation does in the chain of assistance. One profile drives its name, its services and the
// people working there, which is how police end up investigating and shelters end up offering beds.
import type { ChainRole, FormOfExploitation, OrganisationType, ServiceKind, TargetGroup } from '@strom/shared';
import type { NationalKind } from './countries-national.js';

export type LocalKind = 'social-services' | 'child-protection' | 'local-police' | 'local-ngo' | 'shelter' | 'health-centre';
export type RegionalKind = 'secretariat' | 'ngo-network' | 'io-office' | 'research-institute';
export type OrgKind = LocalKind | NationalKind | RegionalKind;

export interface OrgKindProfile {
  type: OrganisationType;
  /** Services this kind plausibly offers; how many is drawn from `serviceCount`. */
  services: readonly ServiceKind[];
  serviceCount: readonly [min: number, max: number];
  /** Whom its services are for; each service draws from this list. */
  targetGroups: readonly TargetGroup[];
  /** Forms of exploitation it meets; services and staff expertise draw from this list. */
  forms: readonly FormOfExploitation[];
  staff: readonly [min: number, max: number];
  /** Police units and shelters often prefer not to be listed publicly (safe places stay secret). */
  listedChance: number;
  websiteChance: number;
  titles: readonly string[];
  /** Roles in the chain of assistance; the first is the one most staff hold. */
  chainRoles: readonly [ChainRole, ...ChainRole[]];
  topics: readonly string[];
  /** First sentence of the description; `{place}` is replaced by the municipality, country or region. */
  summary: string;
  /** Share of staff with a migration background (NGOs and interpreters, mostly). */
  diasporaChance: number;
}

export const ALL_FORMS: readonly FormOfExploitation[] = [
  'SEXUAL_EXPLOITATION',
  'LABOUR_EXPLOITATION',
  'DOMESTIC_SERVITUDE',
  'FORCED_BEGGING',
  'FORCED_CRIMINALITY',
  'FORCED_OR_SHAM_MARRIAGE',
  'ILLEGAL_ADOPTION',
  'SURROGACY_EXPLOITATION',
  'ORGAN_REMOVAL',
  'OTHER',
];

export const ADULTS: readonly TargetGroup[] = [
  'ADULT_WOMEN',
  'ADULT_MEN',
  'MIGRANT_WORKERS',
  'ASYLUM_SEEKERS',
  'LGBTIQ',
  'PERSONS_WITH_DISABILITIES',
];
export const MINORS: readonly TargetGroup[] = ['CHILDREN', 'UNACCOMPANIED_MINORS'];
