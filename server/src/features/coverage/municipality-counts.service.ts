import { isMember, type Viewer } from '../../core/auth.js';
import { parseCountryCode } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { directoryAbilities } from '../expert/expert.policy.js';
import type { MunicipalityCount } from './municipality-count.type.js';
import { findMunicipalityPresence } from './municipality-presence.js';

/** The map's markers. Anonymous visitors count publicly listed organisations only and learn nothing about people. */
export async function findMunicipalityCounts(em: Em, viewer: Viewer, countryCode: string | null | undefined): Promise<MunicipalityCount[]> {
  const people = directoryAbilities.can(viewer, 'seeExperts');
  const presence = await findMunicipalityPresence(em, {
    countryCode: countryCode ? parseCountryCode(countryCode, 'countryCode') : null,
    unlistedOrganisations: isMember(viewer),
  });
  return presence.map((p) => ({
    municipality: p.municipality,
    organisations: p.organisations,
    experts: people ? p.experts : null,
    hasContactPoint: people ? p.hasContactPoint : null,
  }));
}
