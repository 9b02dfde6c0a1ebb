import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { ChangePasswordInput } from './authentication.inputs.js';
import { changePassword } from './change-password.commands.js';

@Resolver()
export class ChangePasswordResolver {
  @Authorized()
  @Mutation(() => Boolean)
  async changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    await changePassword(limitedCommandDeps(ctx), input);
    return true;
  }
}
