import { PASSWORD_MAX_LENGTH } from '@strom/shared';

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps, limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { BadUserInput } from '../../core/errors.js';
import { TotpSetup } from './two-factor.types.js';
import { beginTotpSetup, confirmTotpSetup, disableTotp } from './two-factor.commands.js';
import { resetTwoFactor } from './two-factor-reset.commands.js';
import { SignedInViewer } from '../user/signed-in-viewer.type.js';

const CODE_MAX = 20;

/** Arguments are plain strings, so their size is checked here before any work is done with them. */
function limited(value: string, max: number, field: string): string {
  if (value.length > max) throw BadUserInput.field(field, `${field} must be at most ${max} characters`);
  return value;
}

@Resolver()
export class TwoFactorResolver {
  @Authorized()
  @Mutation(() => TotpSetup, {
    description: 'Starts setting up two-factor authentication (your password is needed); nothing changes until you confirm',
  })
  beginTotpSetup(@Ctx() ctx: Context, @Arg('password', () => String) password: string): Promise<TotpSetup> {
    return beginTotpSetup(limitedCommandDeps(ctx), limited(password, PASSWORD_MAX_LENGTH, 'password'));
  }

  @Authorized()
  @Mutation(() => [String], { description: 'Turns two-factor authentication on; returns 10 single-use recovery codes, shown only now' })
  confirmTotpSetup(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<string[]> {
    return confirmTotpSetup(limitedCommandDeps(ctx), limited(code, CODE_MAX, 'code'));
  }

  @Authorized()
  @Mutation(() => SignedInViewer, { description: 'Turns two-factor authentication off (your password is needed)' })
  async disableTotp(@Ctx() ctx: Context, @Arg('password', () => String) password: string): Promise<SignedInViewer> {
    const { user, member } = await disableTotp(limitedCommandDeps(ctx), limited(password, PASSWORD_MAX_LENGTH, 'password'));
    return SignedInViewer.ofUser(user, member);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Admins: turns off another member's two-factor authentication (a lost device); audited, and the member is mailed",
  })
  async resetTwoFactor(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    await resetTwoFactor(commandDeps(ctx), userId);
    return true;
  }
}
