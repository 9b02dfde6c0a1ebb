import type { NetworkRole } from '../../features/user/user.enums.js';
import type { DemoNetwork } from './demo/index.js';
import type { DemoExpert } from './demo/types.js';

/** Shared by all demo accounts; printed at start in development and listed in the README. Never a real instance's. */
export const DEMO_PASSWORD = 'baltic-demo-password';

/**
 * Base32 TOTP secret of the demo admin and coordinators: two-factor authentication is required for them,
 * so the demo documents the secret (add it to an authenticator app) rather than weakening the rule.
 */
export const DEMO_TOTP_SECRET = 'KRUGS4ZAONSWG4TFOQQGS4ZAMRSW23ZAN5XGY6I';

export interface DemoAccount {
  email: string;
  networkRole: NetworkRole;
  status: 'ACTIVE' | 'SUSPENDED';
  coordinatorOf: string[];
  totp: boolean;
  expert: DemoExpert;
  /** Organisations the account may edit. */
  editorOfKeys: string[];
}

/** One account for each role, attached to demo experts chosen by their roles so the seed stays deterministic. */
export function demoAccounts(network: DemoNetwork): DemoAccount[] {
  const withRole = (role: string, countryCode: string | null) =>
    network.experts.find(
      (e) => e.roles.some((r) => r.role === role && !r.endsOn) && (countryCode === null || e.countryCode === countryCode),
    );
  const inMunicipality = (name: string) => network.experts.find((e) => e.municipalityName === name);
  const pick = (expert: DemoExpert | undefined, what: string): DemoExpert => {
    if (!expert) throw new Error(`the demo network has no expert for the ${what} account`);
    return expert;
  };
  const account = (email: string, networkRole: NetworkRole, expert: DemoExpert, extra: Partial<DemoAccount> = {}): DemoAccount => ({
    email,
    networkRole,
    status: 'ACTIVE',
    coordinatorOf: [],
    totp: false,
    expert,
    editorOfKeys: [],
    ...extra,
  });
  const memberLv = pick(inMunicipality('Liepāja'), 'Latvian member');
  return [
    account('admin@demo.strom.invalid', 'ADMIN', pick(withRole('TF_THB_MEMBER', null), 'admin'), { totp: true }),
    account('coordinator.lv@demo.strom.invalid', 'COORDINATOR', pick(withRole('NATIONAL_COORDINATOR', 'LV'), 'Latvian coordinator'), {
      coordinatorOf: ['LV'],
      totp: true,
    }),
    account('coordinator.lt@demo.strom.invalid', 'COORDINATOR', pick(withRole('NATIONAL_COORDINATOR', 'LT'), 'Lithuanian coordinator'), {
      coordinatorOf: ['LT'],
      totp: true,
    }),
    account('moderator@demo.strom.invalid', 'MODERATOR', pick(withRole('MODERATOR', null), 'moderator')),
    account('member.lv@demo.strom.invalid', 'MEMBER', memberLv, { editorOfKeys: [memberLv.organisationKey] }),
    account('member.pl@demo.strom.invalid', 'MEMBER', pick(inMunicipality('Gdańsk'), 'Polish member')),
    account('suspended@demo.strom.invalid', 'MEMBER', pick(inMunicipality('Tampere'), 'suspended member'), { status: 'SUSPENDED' }),
  ];
}
