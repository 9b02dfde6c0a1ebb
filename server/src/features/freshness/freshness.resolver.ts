import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { Expert } from '../expert/expert.entity.js';
import { confirmMyProfile } from './confirm-profile.commands.js';

@Resolver()
export class FreshnessResolver {
  @Authorized()
  @Mutation(() => Expert, { description: 'Confirm that your profile is still true' })
  confirmMyProfile(@Ctx() ctx: Context): Promise<Expert> {
    return confirmMyProfile(commandDeps(ctx));
  }
}
