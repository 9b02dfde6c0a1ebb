import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { createGuidelineActionPoint, retireGuidelineActionPoint, updateGuidelineActionPoint } from './action-point.commands.js';
import { setGuidelineStatus } from './guideline.commands.js';
import { findActionPoints, findCountryProgress, findImplementationMap, findRegionProgress } from './guideline-dashboard.read.js';
import {
  CreateGuidelineActionPointInput,
  RetireGuidelineActionPointInput,
  SetGuidelineStatusInput,
  UpdateGuidelineActionPointInput,
} from './guideline.inputs.js';
import { findChanges, findProgress } from './guideline.read.js';
import { findReminders } from './guideline-reminders.read.js';
import {
  ActionPointType,
  GuidelineChangeType,
  GuidelineCountryProgressType,
  GuidelineCountrySummaryType,
  GuidelineMunicipalityLevelType,
  GuidelineProgressType,
  GuidelineReminderType,
} from './guideline.types.js';

const CHANGES_MAX = 100;

/** An action point as a command left it, retired or not. */
async function actionPoint(ctx: Context, key: string): Promise<ActionPointType> {
  const points = await findActionPoints(ctx.freshEm(), { includeRetired: true });
  return points.find((point) => point.key === key)!;
}

function changesLimit(first: number): number {
  if (first < 1 || first > CHANGES_MAX) throw BadUserInput.field('first', `first must be 1 to ${CHANGES_MAX}`);
  return first;
}

@Resolver(() => GuidelineProgressType)
export class GuidelineResolver {
  @Authorized()
  @Query(() => [ActionPointType], { description: 'The guidelines’ tracked action points, in their order (with retired ones on request)' })
  guidelineActionPoints(
    @Ctx() { em }: Context,
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
  ): Promise<ActionPointType[]> {
    return findActionPoints(em, { includeRetired });
  }

  @Authorized()
  @Query(() => GuidelineProgressType, { description: 'A municipality’s guidelines tracker: its editors, coordinators and TF-THB members' })
  guidelineProgress(@Ctx() { em, viewer, services }: Context, @Arg('municipalityId', () => ID) municipalityId: string) {
    return findProgress(em, viewer, parseUuid(municipalityId, 'municipalityId'), services.clock.now());
  }

  @Authorized()
  @Query(() => GuidelineCountryProgressType, { description: 'A country’s heat map: municipalities × action points' })
  guidelineCountryProgress(@Ctx() { em, viewer }: Context, @Arg('countryCode', () => String) countryCode: string) {
    return findCountryProgress(em, viewer, parseCountryCode(countryCode, 'countryCode'));
  }

  @Authorized()
  @Query(() => [GuidelineCountrySummaryType], { description: 'Countries compared: coordinators, TF-THB members and admins' })
  guidelineRegionProgress(@Ctx() { em, viewer }: Context) {
    return findRegionProgress(em, viewer);
  }

  @Authorized()
  @Query(() => [GuidelineMunicipalityLevelType], { description: 'Tracked municipalities you may see, with their implementation level' })
  guidelineImplementationMap(@Ctx() { em, viewer }: Context) {
    return findImplementationMap(em, viewer);
  }

  @Authorized()
  @Query(() => [GuidelineReminderType], { description: 'Action points due for review where you are the contact point' })
  guidelineReminders(@Ctx() { em, viewer, services }: Context) {
    return findReminders(em, viewer, services.clock.now());
  }

  @FieldResolver(() => [GuidelineChangeType], { description: 'Changes since a moment (default: the last 12 months), newest first' })
  recentChanges(
    @Root() progress: GuidelineProgressType,
    @Ctx() { em, services }: Context,
    @Arg('since', () => Date, { nullable: true }) since?: Date | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<GuidelineChangeType[]> {
    const from = since ?? new Date(services.clock.now().getTime() - 365 * 24 * 3600 * 1000);
    return findChanges(em, progress.id, { since: from }, changesLimit(first));
  }

  @FieldResolver(() => [GuidelineChangeType], { description: 'One action point’s whole history here, newest first' })
  history(
    @Root() progress: GuidelineProgressType,
    @Ctx() { em }: Context,
    @Arg('actionPointKey', () => String) actionPointKey: string,
  ): Promise<GuidelineChangeType[]> {
    return findChanges(em, progress.id, { actionPointKey }, CHANGES_MAX);
  }

  @Authorized()
  @Mutation(() => GuidelineProgressType, { description: 'Record a status as reviewed now; CONFLICT when someone saved it since' })
  async setGuidelineStatus(@Ctx() ctx: Context, @Arg('input', () => SetGuidelineStatusInput) input: SetGuidelineStatusInput) {
    const municipalityId = await setGuidelineStatus(commandDeps(ctx), input);
    return findProgress(ctx.freshEm(), ctx.viewer, municipalityId, ctx.services.clock.now());
  }

  @Authorized()
  @Mutation(() => ActionPointType, { description: 'Reword an action point or its translations: admins' })
  async updateGuidelineActionPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateGuidelineActionPointInput) input: UpdateGuidelineActionPointInput,
  ) {
    return actionPoint(ctx, await updateGuidelineActionPoint(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ActionPointType, { description: 'Add an action point after every other one, with the next free key: admins' })
  async createGuidelineActionPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateGuidelineActionPointInput) input: CreateGuidelineActionPointInput,
  ) {
    return actionPoint(ctx, await createGuidelineActionPoint(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ActionPointType, { description: 'Retire an action point from tracking (its history stays), or bring it back: admins' })
  async retireGuidelineActionPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => RetireGuidelineActionPointInput) input: RetireGuidelineActionPointInput,
  ) {
    return actionPoint(ctx, await retireGuidelineActionPoint(commandDeps(ctx), input));
  }
}
