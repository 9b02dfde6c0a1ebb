import { isMember, type MemberViewer } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { Unauthenticated } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { sessionCookieHeader, clearedSessionCookieHeader } from '../session/session-cookie.js';
import { hashToken } from '../session/session-token.js';
import { memberViewer, openSession, revokeSessions } from '../session/session.service.js';
import type { SignInInput } from './authentication.inputs.js';
import { passwordMatches } from './password.js';
import { normaliseRecoveryCode, totpStep } from './totp.js';
import { User } from '../user/user.entity.js';

const WRONG_CREDENTIALS = 'The email address or the password is not right';

export type SignInResult = { user: User; member: MemberViewer } | { secondFactorNeeded: true };

/**
 * Email + password, then the second factor if the member has one. Unknown emails, wrong passwords and
 * suspended accounts get the same answer after the same work; every attempt counts against the limits.
 */
export async function signIn(ctx: Context, input: SignInInput): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  await ctx.services.limits.consume('signIn', { account: email, ip: ctx.request.ip });
  // A refusal is returned, not thrown, so that its audit entry commits; it is thrown after the transaction.
  const outcome = await ctx.em.transactional(async (em): Promise<SignInResult | { refused: string }> => {
    const user = await em.findOne(User, { email, deletedAt: null });
    const passwordOk = await passwordMatches(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || user.status !== 'ACTIVE') {
      await audit(em, { action: 'SIGN_IN_FAILED', subjectType: user ? 'user' : null, subjectId: user?.id ?? null });
      return { refused: WRONG_CREDENTIALS };
    }
    if (user.totpEnabled) {
      if (!input.totpCode && !input.recoveryCode) return { secondFactorNeeded: true as const };
      await ctx.services.limits.consume('totp', { account: email, ip: ctx.request.ip });
      if (!acceptSecondFactor(user, input)) {
        await audit(em, { action: 'SIGN_IN_FAILED', subjectType: 'user', subjectId: user.id, details: { secondFactor: true } });
        return { refused: 'The code is not right, or was used already' };
      }
    }
    // Rotation: a sign-in always starts a new session; the one this browser had (if any) ends.
    if (isMember(ctx.viewer)) await revokeSessions(em, { userId: ctx.viewer.userId, sessionId: ctx.viewer.sessionId });
    const { token, session } = openSession(em, user, ctx.request.userAgent);
    await audit(em, { action: 'SIGN_IN', actorId: user.id, subjectType: 'user', subjectId: user.id });
    ctx.request.setCookie?.(sessionCookieHeader(ctx.services.config, token, session.expiresAt));
    await ctx.services.limits.reset('signIn', email);
    await em.populate(user, ['editorOf']);
    return { user, member: memberViewer(user, session.id) };
  });
  if ('refused' in outcome) throw new Unauthenticated(outcome.refused);
  return outcome;
}

function acceptSecondFactor(user: User, input: SignInInput): boolean {
  if (input.recoveryCode) {
    const hash = hashToken(normaliseRecoveryCode(input.recoveryCode));
    if (!user.recoveryCodeHashes.includes(hash)) return false;
    user.recoveryCodeHashes = user.recoveryCodeHashes.filter((h) => h !== hash);
    return true;
  }
  const step = user.totpSecret && input.totpCode ? totpStep(user.totpSecret, input.totpCode) : null;
  if (step === null || (user.totpLastStep !== null && step <= Number(user.totpLastStep))) return false;
  user.totpLastStep = step;
  return true;
}

/** Ends this session on the server (and its sockets on every process), then clears the cookie. */
export async function signOut(ctx: Context): Promise<void> {
  ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
  if (!isMember(ctx.viewer)) return;
  const { userId, sessionId } = ctx.viewer;
  await runCommand(commandDeps(ctx), async (uow) => {
    const { em } = uow;
    const ids = await revokeSessions(em, { userId, sessionId });
    await audit(em, { action: 'SIGN_OUT', actorId: userId, subjectType: 'user', subjectId: userId });
    if (ids.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: ids });
  });
}
