import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ResetPasswordInput } from './password-reset.inputs.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';

/** Open to anyone: the answers never tell whether an address belongs to a member. */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address belongs to an active member; always true' })
  async requestPasswordReset(@Ctx() ctx: Context, @Arg('email', () => String) email: string): Promise<boolean> {
    await requestPasswordReset(ctx, email);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link and signs out every session' })
  async resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<boolean> {
    await resetPassword(ctx, input);
    return true;
  }
}
