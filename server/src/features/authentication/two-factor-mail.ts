import type { Config } from '../../core/config.js';
import type { Mail } from '../mail/mailer.js';

export type TwoFactorChange = 'ENABLED' | 'DISABLED' | 'RESET';

const SUBJECTS: Record<TwoFactorChange, string> = {
  ENABLED: 'Two-factor authentication is on',
  DISABLED: 'Two-factor authentication is off',
  RESET: 'Two-factor authentication was turned off by an administrator',
};

const WHAT: Record<TwoFactorChange, string> = {
  ENABLED: 'Two-factor authentication was just turned on for your Strom account, with a new authenticator app.',
  DISABLED: 'Two-factor authentication was just turned off for your Strom account.',
  RESET: 'An administrator just turned off two-factor authentication for your Strom account, as asked for when a device is lost.',
};

/**
 * Tells the owner of a change to their second factor, wherever it came from: a stolen session or an
 * administrator's reset must not go unnoticed. No secret and no link to act on, only where to look.
 */
export function twoFactorMail(config: Pick<Config, 'publicUrl'>, email: string, change: TwoFactorChange): Mail {
  const lines = [
    'Hello,',
    '',
    WHAT[change],
    '',
    'If this was you (or you asked for it), there is nothing to do.',
    `If not, change your password at once and check your sessions: ${config.publicUrl}/account`,
    'and tell the coordinators of your country.',
  ];
  return { to: email, subject: SUBJECTS[change], text: lines.join('\n') };
}
