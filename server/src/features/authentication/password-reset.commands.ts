import { EMAIL_MAX } from '@strom/shared';

import { LockMode } from '@mikro-orm/core';
import { isEmail } from 'class-validator';
import { BadUserInput } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import type { Mail } from '../mail/mailer.js';
import { hashToken, newToken } from '../session/session-token.js';
import { revokeSessions } from '../session/session.service.js';
import { RESET_LINK_INVALID, RESET_TOKEN_MAX, type ResetPasswordInput } from './password-reset.inputs.js';
import { PasswordReset } from './password-reset.entity.js';
import { checkNewPassword, hashPassword } from './password.js';
import { User } from '../user/user.entity.js';

const RESET_VALID_MS = 60 * 60 * 1000;

/**
 * Mails a reset link to an active member. The answer and its timing are the same for any address: both paths
 * run the same transaction (the expired-link clean-up), and the mail leaves from the job runner, never from here.
 */
export async function requestPasswordReset(deps: LimitedCommandDeps, rawEmail: string): Promise<void> {
  const email = rawEmail.trim().toLowerCase();
  if (email.length > EMAIL_MAX || !isEmail(email)) throw BadUserInput.field('email', 'Enter an email address');
  await deps.limits.consume('passwordReset', { account: email, ip: deps.client.ip });
  const token = newToken();
  await runCommand(deps, async (uow) => {
    const { em, now } = uow;
    const user = await em.findOne(User, { email, status: 'ACTIVE', deletedAt: null });
    // A new link replaces older unused ones of this member; everyone's expired links go.
    await em.nativeDelete(PasswordReset, { $or: [{ expiresAt: { $lte: now } }, ...(user ? [{ user: user.id, usedAt: null }] : [])] });
    if (!user) return;
    em.create(PasswordReset, { user, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_VALID_MS) });
    uow.record('mail', resetMail(deps, email, token));
  });
}

/** Single use, within the hour; the new password ends every session, so whoever had the old one is out. */
export async function resetPassword(deps: LimitedCommandDeps, input: ResetPasswordInput): Promise<void> {
  await deps.limits.consume('passwordReset', { account: `reset-token:${hashToken(input.token).slice(0, 16)}`, ip: deps.client.ip });
  // Checked and hashed before the transaction: argon2 takes a while and must not hold the reset's row lock.
  // A separate fork, so the transaction below loads its own copies (relations of these would query outside it).
  const { user } = await usableReset(deps.em.fork(), input.token);
  const { email } = await user.loadOrFail();
  checkNewPassword(input.newPassword, email, 'input.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const outcome = await runCommand(deps, async (uow) => {
    const { em } = uow;
    // Again, locked: a second tab may have used the link while the password was hashed.
    const reset = await usableReset(em, input.token, { lock: true });
    const account = await reset.user.loadOrFail();
    reset.usedAt = new Date();
    account.passwordHash = passwordHash;
    const revoked = await revokeSessions(em, { userId: account.id });
    await audit(em, {
      action: 'PASSWORD_RESET',
      actorId: account.id,
      subjectType: 'user',
      subjectId: account.id,
      details: { sessionsRevoked: revoked.length },
    });
    if (revoked.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: revoked });
    return { revoked, email: account.email };
  });
  // Proving the mailbox clears the slow-down from failed sign-ins: the owner is back in control.
  await deps.limits.reset('signIn', outcome.email);
}

async function usableReset(em: Em, token: string, options: { lock?: boolean } = {}): Promise<PasswordReset> {
  if (!token || token.length > RESET_TOKEN_MAX) throw BadUserInput.field('input.token', RESET_LINK_INVALID);
  const reset = await em.findOne(
    PasswordReset,
    { tokenHash: hashToken(token) },
    { populate: ['user'], ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}) },
  );
  const user = reset?.user.getEntity();
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || !user || user.status !== 'ACTIVE' || user.deletedAt)
    throw BadUserInput.field('input.token', RESET_LINK_INVALID);
  return reset;
}

function resetMail(deps: Pick<LimitedCommandDeps, 'config'>, email: string, token: string): Mail {
  const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const lines = [
    'Hello,',
    '',
    'Someone asked to reset the password of your Strom account. To choose a new password, open this link:',
    link,
    '',
    'The link works once and expires in 1 hour. Choosing a new password signs you out everywhere.',
    'If you did not ask for this, ignore this mail: your password stays as it is.',
  ];
  return { to: email, subject: 'Reset your Strom password', text: lines.join('\n') };
}
