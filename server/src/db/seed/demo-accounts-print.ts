import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts } from './demo-accounts.js';
import { generateDemoNetwork } from './demo/index.js';

/** Development only: the demo accounts, so a person trying Strom can sign in. */
export function printDemoAccounts(): void {
  const rows = demoAccounts(generateDemoNetwork()).map(
    (a) => `    ${a.email.padEnd(36)} ${a.networkRole.padEnd(12)} ${a.status === 'SUSPENDED' ? 'suspended' : a.totp ? 'two-factor' : ''}`,
  );
  console.log(
    [
      '',
      `  Demo accounts (password "${DEMO_PASSWORD}"; two-factor secret ${DEMO_TOTP_SECRET} for an authenticator app):`,
      ...rows,
      '',
    ].join('\n'),
  );
}
