import { isMember, type MemberViewer } from '../../core/auth.js';
import { topic } from '../../core/pubsub.js';
import { BadUserInput, Conflict, Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { confirmPassword } from './change-password.commands.js';
import { newRecoveryCodes, newTotpSecret, totpSetup, totpStep } from './totp.js';
import { User } from '../user/user.entity.js';
import { twoFactorMail } from './two-factor-mail.js';

export type TotpSetupResult = Awaited<ReturnType<typeof totpSetup>>;

function member(deps: CommandDeps): MemberViewer {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  return deps.actor;
}

/**
 * Step 1: a new secret is stored but not trusted (sign-in ignores it until confirmed). Starting again
 * replaces it, so an abandoned setup leaves nothing usable behind. The password is needed: whoever holds only
 * a stolen session must not tie the account to their own authenticator (and lock the owner out of it).
 * It is checked before the transaction: argon2 must not hold the database connection.
 */
export async function beginTotpSetup(deps: LimitedCommandDeps, password: string): Promise<TotpSetupResult> {
  const { userId } = member(deps);
  await confirmPassword(deps, await deps.em.fork().findOneOrFail(User, userId), password);
  const { secret, email } = await deps.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, userId);
    if (user.totpEnabled) throw new Conflict('Two-factor authentication is already on; turn it off first to set up a new device');
    user.totpSecret = newTotpSecret();
    user.totpLastStep = null;
    user.recoveryCodeHashes = [];
    return { secret: user.totpSecret, email: user.email };
  });
  return totpSetup(secret, email);
}

/**
 * Step 2: a code from the app proves it holds the secret. The code's time step is remembered so the same
 * code cannot sign in afterwards; the recovery codes are returned this once and stored only as hashes.
 */
export async function confirmTotpSetup(deps: LimitedCommandDeps, code: string): Promise<string[]> {
  const { userId } = member(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, userId);
    if (user.totpEnabled) throw new Conflict('Two-factor authentication is already on');
    if (!user.totpSecret) throw new Conflict('Start the setup first: there is no code to confirm yet');
    // Limited like codes at sign-in, on a budget of its own: a mistyped setup code must not lock the member out of signing in.
    await deps.limits.consume('totp', { account: `setup:${user.id}`, ip: deps.client.ip });
    const step = totpStep(user.totpSecret, code.trim());
    if (step === null) throw BadUserInput.field('code', 'The code is not right; check that the time on your device is correct');
    const recovery = newRecoveryCodes();
    user.totpEnabled = true;
    user.totpLastStep = step;
    user.recoveryCodeHashes = recovery.hashes;
    await audit(em, { action: 'TOTP_ENABLED', actorId: userId, subjectType: 'user', subjectId: userId });
    uow.record('mail', twoFactorMail(uow.config, user.email, 'ENABLED'));
    // Open sockets of this member re-read their rights (coordinator and admin powers follow two-factor).
    uow.publish(topic('user', userId), { kind: 'ACCOUNT_CHANGED' });
    return recovery.codes;
  });
}

/**
 * Turning the second factor off needs the password, so an unattended signed-in browser is not enough.
 * Coordinators and admins may do it, but then act as plain members until they turn it on again.
 */
export async function disableTotp(deps: LimitedCommandDeps, password: string): Promise<{ user: User; member: MemberViewer }> {
  const viewer = member(deps);
  const account = await runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, viewer.userId);
    await confirmPassword(deps, user, password);
    if (!user.totpEnabled && !user.totpSecret) return user;
    forgetSecondFactor(user);
    await audit(em, { action: 'TOTP_DISABLED', actorId: user.id, subjectType: 'user', subjectId: user.id });
    uow.record('mail', twoFactorMail(uow.config, user.email, 'DISABLED'));
    uow.publish(topic('user', user.id), { kind: 'ACCOUNT_CHANGED' });
    return user;
  });
  await deps.em.populate(account, ['editorOf']);
  return { user: account, member: { ...viewer, totpEnabled: false } };
}

/** Turning two-factor off (by the member or by an admin's reset) forgets the secret and every recovery code. */
export function forgetSecondFactor(user: User): void {
  user.totpEnabled = false;
  user.totpSecret = null;
  user.totpLastStep = null;
  user.recoveryCodeHashes = [];
}
