import type { DemoOrganisation, DemoService } from './demo/types.js';
import { stableNumber } from './demo-contacts.js';

// +999 is a spare (unassigned) country code: these numbers reach no one, and look it.
const FICTIONAL_PREFIX = '+999555';

function fictionalNumber(key: string): string {
  return `${FICTIONAL_PREFIX}${String(stableNumber(key) % 10_000_000).padStart(7, '0')}`;
}

/**
 * Public contacts of a demo organisation, the same at every seed: most have a phone, all an e-mail address
 * under a reserved example domain.
 */
export function demoOrganisationContacts(organisation: DemoOrganisation) {
  const local = organisation.key.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return {
    phone: stableNumber(organisation.key) % 5 === 0 ? null : fictionalNumber(`phone:${organisation.key}`),
    email: `contact@${local}.example.org`,
  };
}

/**
 * A 24/7 service has a hotline; a service gets a fictional street address, except safe accommodation, whose
 * location the demo does not invent at all (never public, DESIGN §8).
 */
export function demoServiceContacts(organisation: DemoOrganisation, service: DemoService, index: number) {
  const key = `${organisation.key}:${index}`;
  const place = organisation.scope.municipalityName ?? organisation.scope.countryCode ?? 'Region';
  return {
    hotline: service.available24x7 ? fictionalNumber(`hotline:${key}`) : null,
    address: service.kind === 'SAFE_ACCOMMODATION' ? null : `${(stableNumber(key) % 90) + 1} Example Street, ${place}`,
  };
}
