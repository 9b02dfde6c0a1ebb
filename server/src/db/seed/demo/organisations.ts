// All demo organisations, ordered region → country → municipality so listings and diffs read top-down.
import { generateLocalOrganisations } from './organisations-local.js';
import { generateNationalOrganisations, generateObserverOrganisations } from './organisations-national.js';
import { generateRegionalOrganisations } from './organisations-regional.js';
import type { GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';
import { REFERENCE_COUNTRIES } from './reference.js';

export function generateOrganisations(rng: Rng): GeneratedOrganisation[] {
  const organisations = generateRegionalOrganisations(rng);
  for (const country of REFERENCE_COUNTRIES) {
    if (country.stromParticipant) {
      organisations.push(...generateNationalOrganisations(rng, country), ...generateLocalOrganisations(rng, country.code));
    } else if (country.cbssMember) {
      organisations.push(...generateObserverOrganisations(rng, country));
    }
  }
  return organisations;
}
