import { generateExperts, generateRoles } from './experts.js';
import { generateOrganisations, generateServices, type CountryInfo } from './organisations.js';
import { generatePlaces, type Place } from './places.js';
import { Prng } from './prng.js';
import type { AccountRow, ExpertRow, OrganisationRow, RoleRow, ServiceRow } from './rows.js';

export interface DatasetSize {
  experts: number;
  organisations: number;
  municipalities: number;
}

export const FULL_SIZE: DatasetSize = { experts: 20_000, organisations: 3_000, municipalities: 500 };

export interface Dataset {
  places: Place[];
  organisations: OrganisationRow[];
  services: ServiceRow[];
  experts: ExpertRow[];
  roles: RoleRow[];
  accounts: AccountRow[];
}

/**
 * Everything derives from one seed: the same seed and the same reference data (countries and the real
 * municipalities the server seeds) give byte-identical rows, on PostgreSQL and on PGlite alike.
 */
export function generateDataset(seed: number, size: DatasetSize, countries: CountryInfo[], realPlaces: Place[]): Dataset {
  const prng = new Prng(seed);
  const sortedPlaces = [...realPlaces].toSorted((a, b) => a.countryCode.localeCompare(b.countryCode) || a.name.localeCompare(b.name));
  const sortedCountries = [...countries].toSorted((a, b) => a.code.localeCompare(b.code));
  const places = generatePlaces(prng, sortedPlaces, size.municipalities);
  const organisations = generateOrganisations(prng, size.organisations, places, sortedCountries);
  const services = generateServices(prng, organisations, sortedCountries);
  const experts = generateExperts(prng, size.experts, organisations, sortedCountries);
  const roles = generateRoles(prng, experts, organisations, places);
  return { places, organisations, services, experts, roles, accounts: generateAccounts(prng, experts) };
}

/** Two signed-in members from different countries (contact visibility differs by country). */
function generateAccounts(prng: Prng, experts: ExpertRow[]): AccountRow[] {
  const chosen: ExpertRow[] = [];
  for (const code of ['LV', 'FI']) {
    const expert = experts.find((e) => e.countryCode === code) ?? experts[chosen.length];
    if (expert) chosen.push(expert);
  }
  return chosen.map((expert, index) => ({
    userId: prng.uuid(),
    email: `bench-member-${index + 1}@example.org`,
    countryCode: expert.countryCode,
    expertId: expert.id,
    sessionId: prng.uuid(),
    token: prng.token(),
  }));
}
