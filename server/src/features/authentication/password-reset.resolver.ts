import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { ResetPasswordInput } from './password-reset.inputs.js';
import { requestPasswordReset, resetPassword } from './password-reset.commands.js';

/** Open to anyone: the answers never tell whether an address belongs to a member. */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address belongs to an active member; always true' })
  async requestPasswordReset(@Ctx() ctx: Context, @Arg('email', () => String) email: string): Promise<boolean> {
    await requestPasswordReset(limitedCommandDeps(ctx), email);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link and signs out every session' })
  async resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<boolean> {
    await resetPassword(limitedCommandDeps(ctx), input);
    return true;
  }
}
