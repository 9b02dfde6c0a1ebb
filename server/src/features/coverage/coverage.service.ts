import type { Em } from '../../db/orm.js';
import { Country } from '../country/country.entity.js';
import type { Coverage, CountryCoverage, CoverageStatus, MunicipalityCoverage } from './coverage.types.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import { findMunicipalityPresence, type MunicipalityPresence } from './municipality-presence.js';
import { findServiceGaps } from './service-gaps.js';

/** Whether an expert profile holds a current TF-THB seat (one statement; none without a profile). */
export async function holdsTaskForceSeat(em: Em, expertId: string | null): Promise<boolean> {
  if (!expertId) return false;
  const rows = await em
    .getConnection()
    .execute<unknown[]>(
      `select 1 from role_assignment r where r.expert_id = ? and r.role = 'TF_THB_MEMBER' and ${currentRoleSql('r')} limit 1`,
      [expertId],
    );
  return rows.length > 0;
}

/**
 * The whole region in three statements whatever its size: municipality counts, service gaps, countries.
 * Coverage viewers are members, so unlisted organisations count too.
 */
export async function findCoverage(em: Em): Promise<Coverage> {
  // One after another: an operation's fork has one connection (and PGlite has only one anyway).
  const presence = await findMunicipalityPresence(em, { countryCode: null, unlistedOrganisations: true });
  const gaps = await findServiceGaps(em);
  const countries = await em.find(Country, {}, { orderBy: { name: 'asc' } });
  const municipalities = presence.map(toCoverage);
  return {
    municipalities,
    countries: countries.map((country): CountryCoverage => {
      const own = municipalities.filter((m) => m.municipality.country.unwrap().code === country.code);
      const count = (status: CoverageStatus) => own.filter((m) => m.status === status).length;
      return {
        country,
        withContactPoint: count('CONTACT_POINT'),
        membersOnly: count('MEMBERS_ONLY'),
        nobody: count('NOBODY'),
        serviceGaps: gaps.filter((g) => g.countryCode === country.code).map(({ service, targetGroup }) => ({ service, targetGroup })),
      };
    }),
  };
}

function toCoverage(p: MunicipalityPresence): MunicipalityCoverage {
  const status: CoverageStatus = p.hasContactPoint ? 'CONTACT_POINT' : p.experts > 0 ? 'MEMBERS_ONLY' : 'NOBODY';
  const { municipality, experts, organisations, recentlyConfirmedExperts, recentlyConfirmedOrganisations } = p;
  return { municipality, status, experts, organisations, recentlyConfirmedExperts, recentlyConfirmedOrganisations };
}
