import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { Expert } from '../expert/expert.entity.js';
import { UpdateMyProfileInput } from './profile.inputs.js';
import { updateMyProfile } from './profile.commands.js';

@Resolver()
export class ProfileResolver {
  @Authorized()
  @Mutation(() => Expert, { description: 'Edit your own profile, contacts and who may see each of them' })
  updateMyProfile(@Ctx() ctx: Context, @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput): Promise<Expert> {
    return updateMyProfile(commandDeps(ctx), input);
  }
}
