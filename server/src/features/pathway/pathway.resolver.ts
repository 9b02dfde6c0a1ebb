import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { parseCountryCode } from '../../core/ids.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { publishPathway, savePathwayDraft, setPathwayEditors, setPathwayPublic } from './pathway.commands.js';
import { diffVersions, findVersions } from './pathway-history.read.js';
import { PublishPathwayInput, SavePathwayDraftInput, SetPathwayEditorsInput, SetPathwayPublicInput } from './pathway.inputs.js';
import { resolvePathwayPlace } from './pathway-key.js';
import { findPathways } from './pathway-list.read.js';
import { findPathway, findPathwayById } from './pathway.read.js';
import { PathwayStepChangeType, PathwaySummaryType, PathwayVersionSummaryType, ReferralPathwayType } from './pathway.types.js';

export const PathwaySummaryConnection = ConnectionType('PathwaySummary', PathwaySummaryType);

@Resolver(() => ReferralPathwayType)
export class PathwayResolver {
  @Query(() => ReferralPathwayType, {
    nullable: true,
    description: 'A municipality’s pathway, or a country’s national one: null when there is none you may read',
  })
  async referralPathway(
    @Ctx() { em, viewer }: Context,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId?: string | null,
    @Arg('countryCode', () => String, { nullable: true }) countryCode?: string | null,
  ): Promise<ReferralPathwayType | null> {
    return findPathway(em, viewer, await resolvePathwayPlace(em, { municipalityId, countryCode }, 'municipalityId'));
  }

  @Query(() => PathwaySummaryConnection, { description: 'Published pathways: every one for members, the public ones for visitors' })
  referralPathways(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('countryCode', () => String, { nullable: true }) countryCode?: string | null,
  ) {
    return findPathways(em, viewer, { countryCode: countryCode ? parseCountryCode(countryCode, 'countryCode') : null }, page);
  }

  @FieldResolver(() => [PathwayVersionSummaryType], {
    description: 'Newest first: every version for draft readers, published ones for members',
  })
  versions(@Root() pathway: ReferralPathwayType, @Ctx() { em }: Context): Promise<PathwayVersionSummaryType[]> {
    return findVersions(em, pathway.id, pathway.viewerCan.readDraft);
  }

  @FieldResolver(() => [PathwayStepChangeType], { description: 'Two versions compared step by step: added, removed and changed fields' })
  diff(
    @Root() pathway: ReferralPathwayType,
    @Ctx() { em }: Context,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
  ): Promise<PathwayStepChangeType[]> {
    return diffVersions(em, pathway.id, pathway.viewerCan.readDraft, from, to);
  }

  @Authorized()
  @Mutation(() => ReferralPathwayType, { description: 'Save the steps as a new version (the draft); CONFLICT when someone saved since' })
  async savePathwayDraft(@Ctx() ctx: Context, @Arg('input', () => SavePathwayDraftInput) input: SavePathwayDraftInput) {
    return this.reread(ctx, await savePathwayDraft(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ReferralPathwayType, { description: 'Publish a version: members read it from then on' })
  async publishPathway(@Ctx() ctx: Context, @Arg('input', () => PublishPathwayInput) input: PublishPathwayInput) {
    return this.reread(ctx, await publishPathway(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ReferralPathwayType, { description: 'Make the published pathway public (without personal contacts) or members-only' })
  async setPathwayPublic(@Ctx() ctx: Context, @Arg('input', () => SetPathwayPublicInput) input: SetPathwayPublicInput) {
    return this.reread(ctx, await setPathwayPublic(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ReferralPathwayType, { description: 'Name the members who edit a pathway besides its contact point: coordinators' })
  async setPathwayEditors(@Ctx() ctx: Context, @Arg('input', () => SetPathwayEditorsInput) input: SetPathwayEditorsInput) {
    return this.reread(ctx, await setPathwayEditors(commandDeps(ctx), input));
  }

  /** The changed pathway as the editor now reads it, from the read model (a fresh fork: after the commit). */
  private async reread(ctx: Context, id: string): Promise<ReferralPathwayType> {
    const pathway = await findPathwayById(ctx.freshEm(), ctx.viewer, id);
    if (!pathway) throw new NotFound('The pathway');
    return pathway;
  }
}
