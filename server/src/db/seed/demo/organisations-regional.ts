// Region-wide bodies. The names are invented; the roles mirror who works across the Baltic Sea Region: a
// Task-Force-like secretariat, an NGO network, an intergovernmental migration office and a research institute.
import type { RegionalKind } from './org-kind.js';
import { REGIONAL_KINDS } from './org-kinds-regional.js';
import { buildOrganisation, type GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';

const REGION = 'the Baltic Sea Region';

const NAMES: Readonly<Record<RegionalKind, string>> = {
  secretariat: 'Baltic Sea Region Anti-Trafficking Secretariat',
  'ngo-network': 'Baltic Sea NGO Network against Trafficking',
  'io-office': 'Nordic-Baltic Office for Migration and Return',
  'research-institute': 'Baltic Institute for Trafficking Research',
};

export function generateRegionalOrganisations(rng: Rng): GeneratedOrganisation[] {
  const regional = rng.fork('regional');
  return (Object.keys(NAMES) as RegionalKind[]).map((kind) =>
    buildOrganisation(regional.fork(kind), {
      key: `org-bsr-${kind}`,
      name: NAMES[kind],
      kind,
      profile: REGIONAL_KINDS[kind],
      scope: { level: 'REGIONAL', countryCode: null, municipalityName: null },
      place: REGION,
      countryLanguage: null,
      secondLanguages: ['ru', 'de', 'sv'],
      acronymChance: 1,
    }),
  );
}
