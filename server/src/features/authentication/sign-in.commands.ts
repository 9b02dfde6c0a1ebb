import { isMember, type MemberViewer } from '../../core/auth.js';
import { Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { hashToken } from '../session/session-token.js';
import { memberViewer, openSession, revokeSessions, type NewSession } from '../session/session.service.js';
import type { SignInInput } from './authentication.inputs.js';
import { passwordMatches } from './password.js';
import { normaliseRecoveryCode, totpStep } from './totp.js';
import { User } from '../user/user.entity.js';

const WRONG_CREDENTIALS = 'The email address or the password is not right';

/** Signed in: the new session goes back to the transport, which hands it to the browser. */
export type SignInResult = { user: User; member: MemberViewer; session: NewSession } | { secondFactorNeeded: true };

/**
 * Email + password, then the second factor if the member has one. Unknown emails, wrong passwords and
 * suspended accounts get the same answer after the same work; every attempt counts against the IP's limit,
 * and each refusal slows the account down (never locks it: the owner still gets in after the wait).
 */
export async function signIn(deps: LimitedCommandDeps, input: SignInInput): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  await deps.limits.consume('signIn', { ip: deps.client.ip });
  // While the account waits after failed attempts, nothing is checked (so nothing can be guessed).
  await deps.limits.awaitTurn('signIn', email);
  // A refusal is returned, not thrown, so that its audit entry commits; it is thrown after the transaction.
  const outcome = await deps.em.transactional(async (em): Promise<SignInResult | { refused: string; wrongPassword?: true }> => {
    const user = await em.findOne(User, { email, deletedAt: null });
    const passwordOk = await passwordMatches(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || user.status !== 'ACTIVE') {
      await audit(em, { action: 'SIGN_IN_FAILED', subjectType: user ? 'user' : null, subjectId: user?.id ?? null });
      return { refused: WRONG_CREDENTIALS, wrongPassword: true };
    }
    if (user.totpEnabled) {
      if (!input.totpCode && !input.recoveryCode) return { secondFactorNeeded: true as const };
      await deps.limits.consume('totp', { account: email, ip: deps.client.ip });
      if (!acceptSecondFactor(user, input)) {
        await audit(em, { action: 'SIGN_IN_FAILED', subjectType: 'user', subjectId: user.id, details: { secondFactor: true } });
        return { refused: 'The code is not right, or was used already' };
      }
    }
    // Rotation: a sign-in always starts a new session; the one this browser had (if any) ends.
    if (isMember(deps.actor)) await revokeSessions(em, { userId: deps.actor.userId, sessionId: deps.actor.sessionId });
    const { token, session } = openSession(em, user, deps.client.userAgent);
    await audit(em, { action: 'SIGN_IN', actorId: user.id, subjectType: 'user', subjectId: user.id });
    await deps.limits.reset('signIn', email);
    // The budget is for guessing: a right code proves the factor, and a member who signs in often is not locked out.
    if (user.totpEnabled) await deps.limits.reset('totp', email);
    await em.populate(user, ['editorOf']);
    return { user, member: memberViewer(user, session.id), session: { token, expiresAt: session.expiresAt } };
  });
  if ('refused' in outcome) {
    if (outcome.wrongPassword) await deps.limits.failed('signIn', email);
    throw new Unauthenticated(outcome.refused);
  }
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

/** Ends this session on the server (and its sockets on every process); the transport forgets it. */
export async function signOut(deps: CommandDeps): Promise<void> {
  if (!isMember(deps.actor)) return;
  const { userId, sessionId } = deps.actor;
  await runCommand(deps, async (uow) => {
    const { em } = uow;
    const ids = await revokeSessions(em, { userId, sessionId });
    await audit(em, { action: 'SIGN_OUT', actorId: userId, subjectType: 'user', subjectId: userId });
    if (ids.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: ids });
  });
}
