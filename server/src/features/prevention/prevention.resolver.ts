import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { PreventionActivitiesArgs, PreventionActivityFilter } from './prevention.args.js';
import { deletePreventionActivity, savePreventionActivity } from './prevention.commands.js';
import { SavePreventionActivityInput } from './prevention.inputs.js';
import { findPreventionActivity, listPreventionActivities, listPreventionPlaces } from './prevention.read.js';
import { PreventionActivity, PreventionActivityConnection, PreventionPlace } from './prevention.types.js';

@Resolver()
export class PreventionResolver {
  @Query(() => PreventionActivityConnection, {
    description: 'The prevention catalogue, latest start first; visitors get the PUBLIC activities',
  })
  preventionActivities(@Ctx() { em, viewer }: Context, @Args(() => PreventionActivitiesArgs) args: PreventionActivitiesArgs) {
    return listPreventionActivities(em, viewer, args);
  }

  @Query(() => [PreventionPlace], { description: "Where the filtered catalogue's local activities took place, for the map" })
  preventionPlaces(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => PreventionActivityFilter, { nullable: true }) filter: PreventionActivityFilter | null,
  ): Promise<PreventionPlace[]> {
    return listPreventionPlaces(em, viewer, filter);
  }

  @Query(() => PreventionActivity, { nullable: true, description: 'Null when it does not exist, or (for visitors) is not PUBLIC' })
  preventionActivity(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<PreventionActivity | null> {
    return findPreventionActivity(em, viewer, id);
  }

  @Authorized()
  @Mutation(() => PreventionActivity, { description: 'Adds (under your id) or changes (at the version you loaded) an activity' })
  async savePreventionActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => SavePreventionActivityInput) input: SavePreventionActivityInput,
  ): Promise<PreventionActivity> {
    const id = await savePreventionActivity(commandDeps(ctx), input);
    const activity = await findPreventionActivity(ctx.em, ctx.viewer, id);
    if (!activity) throw new NotFound('The activity');
    return activity;
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes an activity; answers its id' })
  deletePreventionActivity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return deletePreventionActivity(commandDeps(ctx), id);
  }
}
