import { demoAccounts, type DemoAccount } from './demo-accounts.js';
import type { DemoNetwork } from './demo/index.js';

/** The member states whose contact points have demo accounts: enough for a regional expert group of two or more countries. */
const COUNTRIES = ['EE', 'LT', 'LV'] as const;
const PER_COUNTRY = 3;

/** "riga" from "Rīga": an ASCII slug for an e-mail address. */
const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Member accounts for the contact points of three municipalities per member state (the STROM pattern), so meetings
 * can invite municipalities' contact points in the demo: `contact.<municipality>@demo.strom.invalid`, MEMBER, the
 * shared demo password. Chosen by municipality name, so the seed stays deterministic.
 */
export function demoContactPointAccounts(network: DemoNetwork): DemoAccount[] {
  // An expert has one account at most: a contact point who is a demo account already (member.lv in Liepāja) is skipped.
  const taken = new Set(demoAccounts(network).map((account) => account.expert.key));
  return COUNTRIES.flatMap((countryCode) => {
    const contactPoints = network.experts
      .flatMap((expert) =>
        expert.roles
          .filter((role) => role.role === 'MUNICIPAL_CONTACT_POINT' && !role.endsOn && role.scope.countryCode === countryCode)
          .map((role) => ({ expert, municipality: role.scope.municipalityName ?? '' })),
      )
      .filter((entry) => entry.municipality !== '' && !taken.has(entry.expert.key))
      .toSorted((a, b) => a.municipality.localeCompare(b.municipality, 'en'));
    return contactPoints.slice(0, PER_COUNTRY).map(({ expert, municipality }) => ({
      email: `contact.${slug(municipality)}@demo.strom.invalid`,
      networkRole: 'MEMBER' as const,
      status: 'ACTIVE' as const,
      coordinatorOf: [],
      totp: false,
      expert,
      editorOfKeys: [],
    }));
  });
}
