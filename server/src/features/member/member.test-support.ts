import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../test/harness.js';
import { hashPassword } from '../authentication/password.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { User } from '../user/user.entity.js';
import type { NetworkRole } from '../user/user.enums.js';

const SIGN_IN = /* GraphQL */ `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      totpRequired
      viewer {
        id
      }
    }
  }
`;

export interface SignInAttempt {
  cookie: string | null;
  totpRequired: boolean;
  error: { message: string; code: string } | null;
}

/** Test support: one sign-in attempt, with the session cookie it set (if any). */
export async function signIn(
  app: TestApp,
  input: { email: string; password: string; totpCode?: string; recoveryCode?: string },
  headers: Record<string, string> = {},
): Promise<SignInAttempt> {
  const result = await app.gql<{ signIn: { totpRequired: boolean } | null }>(SIGN_IN, { input }, { headers });
  const error = result.errors?.[0];
  return {
    cookie: result.setCookie?.find((c) => c.startsWith('strom_session=') && !c.includes('Max-Age=0'))?.split(';')[0] ?? null,
    totpRequired: result.data?.signIn?.totpRequired ?? false,
    error: error ? { message: error.message, code: String(error.extensions?.code) } : null,
  };
}

/** Test support: an extra active member without a profile, in a given country (the demo has one member per country). */
export async function addMember(app: TestApp, countryCode: string): Promise<{ id: string; email: string; password: string }> {
  const em = app.orm.em.fork();
  const password = `test-password-${randomBytes(6).toString('hex')}`;
  const user = em.create(User, {
    email: `extra-${randomBytes(4).toString('hex')}@test.strom.invalid`,
    passwordHash: await hashPassword(password),
    country: countryCode,
  });
  await em.flush();
  return { id: user.id, email: user.email, password };
}

/** Test support: the stored account, read past every identity map. */
export function storedUser(app: TestApp, id: string): Promise<User> {
  return app.orm.em.fork().findOneOrFail(User, id);
}

/**
 * Test support: a coordinator (of the country) or an admin who never turned two-factor authentication on, signed
 * in with a password alone. They have a profile of their own but no TF-THB seat, so every coordinator and admin
 * power must be refused to them.
 */
export async function addWithoutTwoFactor(
  app: TestApp,
  networkRole: Extract<NetworkRole, 'COORDINATOR' | 'ADMIN'>,
  countryCode = 'LV',
): Promise<{ id: string; cookie: string }> {
  const account = await addMember(app, countryCode);
  const em = app.orm.em.fork();
  const organisation = await em.findOneOrFail(Organisation, { country: countryCode, level: 'NATIONAL' });
  const expert = em.create(Expert, { fullName: `${networkRole} without two-factor`, organisation, country: countryCode });
  const user = await em.findOneOrFail(User, account.id);
  em.assign(user, { networkRole, coordinatorOf: networkRole === 'COORDINATOR' ? [countryCode] : [], expert });
  await em.flush();
  const { cookie, totpRequired } = await signIn(app, { email: account.email, password: account.password });
  if (!cookie || totpRequired) throw new Error(`the ${networkRole} without two-factor could not sign in with a password alone`);
  return { id: account.id, cookie };
}
