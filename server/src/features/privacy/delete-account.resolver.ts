import { PASSWORD_MAX_LENGTH } from '@strom/shared';

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { clearedSessionCookieHeader } from '../session/session-cookie.js';
import { BadUserInput } from '../../core/errors.js';
import { deleteMyAccount } from './delete-account.commands.js';

@Resolver()
export class DeleteAccountResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes your account and personal data and signs you out everywhere (your password is needed)' })
  async deleteMyAccount(@Ctx() ctx: Context, @Arg('password', () => String) password: string): Promise<boolean> {
    // A plain string argument: its size is checked before the (deliberately slow) password hash sees it.
    if (password.length > PASSWORD_MAX_LENGTH) throw BadUserInput.field('password', 'The password is not right');
    await deleteMyAccount(limitedCommandDeps(ctx), password);
    ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
    return true;
  }
}
