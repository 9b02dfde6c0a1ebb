import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { changeBaselineStatus, saveBaselineDraft } from './baseline.commands.js';
import { BaselineTransitionInput, SaveBaselineDraftInput } from './baseline.inputs.js';
import { BASELINE_CATALOGUE } from './baseline-questions.js';
import { compareYears, findAssessment, findAssessmentById } from './baseline.read.js';
import { countryReport, regionComparison, regionCounts } from './baseline-report.read.js';
import {
  BaselineAssessmentType,
  BaselineComparison,
  BaselineCountryCounts,
  BaselineCountryReport,
  BaselineQuestion,
  BaselineRegionRow,
} from './baseline.types.js';

@Resolver()
export class BaselineResolver {
  @Query(() => [BaselineQuestion], { description: 'The baseline questionnaire with each question’s answer schema (reference data)' })
  baselineQuestions(): readonly BaselineQuestion[] {
    return BASELINE_CATALOGUE;
  }

  @Query(() => BaselineAssessmentType, {
    description: 'A municipality’s assessment of a year: its answerers, coordinators, TF-THB members',
  })
  baselineAssessment(
    @Ctx() { em, viewer }: Context,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('year', () => Int) year: number,
  ): Promise<BaselineAssessmentType> {
    return findAssessment(em, viewer, municipalityId, year);
  }

  @Query(() => BaselineComparison, { description: 'One municipality in two years, over submitted and accepted answers' })
  baselineComparison(
    @Ctx() { em, viewer }: Context,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
  ): Promise<BaselineComparison> {
    return compareYears(em, viewer, municipalityId, from, to);
  }

  @Query(() => BaselineCountryReport, { description: 'A country’s year: who answered and counts per question (for a ministry)' })
  baselineCountryReport(
    @Ctx() { em, viewer }: Context,
    @Arg('countryCode', () => String) countryCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<BaselineCountryReport> {
    return countryReport(em, viewer, countryCode, year);
  }

  @Query(() => [BaselineCountryCounts], { description: 'One question across the region, counted per country' })
  baselineRegion(
    @Ctx() { em, viewer }: Context,
    @Arg('question', () => String) question: string,
    @Arg('year', () => Int) year: number,
  ): Promise<BaselineCountryCounts[]> {
    return regionCounts(em, viewer, question, year);
  }

  @Query(() => [BaselineRegionRow], {
    description: 'Every question with options across the region, counted per country (or in one): coordinators, TF-THB members, admins',
  })
  baselineRegionComparison(
    @Ctx() { em, viewer }: Context,
    @Arg('year', () => Int) year: number,
    @Arg('countryCode', () => String, { nullable: true }) countryCode?: string | null,
  ): Promise<BaselineRegionRow[]> {
    return regionComparison(em, viewer, year, countryCode ?? null);
  }

  @Authorized()
  @Mutation(() => BaselineAssessmentType, { description: 'Save every answer as the draft; CONFLICT when stale or no longer open' })
  async saveBaselineDraft(@Ctx() ctx: Context, @Arg('input', () => SaveBaselineDraftInput) input: SaveBaselineDraftInput) {
    return findAssessmentById(ctx.freshEm(), ctx.viewer, await saveBaselineDraft(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => BaselineAssessmentType, { description: 'Submit for review; BAD_USER_INPUT names each required question unanswered' })
  async submitBaseline(@Ctx() ctx: Context, @Arg('input', () => BaselineTransitionInput) input: BaselineTransitionInput) {
    return findAssessmentById(ctx.freshEm(), ctx.viewer, await changeBaselineStatus(commandDeps(ctx), 'submit', input));
  }

  @Authorized()
  @Mutation(() => BaselineAssessmentType, { description: 'Accept a submitted assessment: it is locked from then on (coordinators)' })
  async acceptBaseline(@Ctx() ctx: Context, @Arg('input', () => BaselineTransitionInput) input: BaselineTransitionInput) {
    return findAssessmentById(ctx.freshEm(), ctx.viewer, await changeBaselineStatus(commandDeps(ctx), 'accept', input));
  }

  @Authorized()
  @Mutation(() => BaselineAssessmentType, { description: 'Reopen a submitted or accepted assessment as a draft (coordinators)' })
  async reopenBaseline(@Ctx() ctx: Context, @Arg('input', () => BaselineTransitionInput) input: BaselineTransitionInput) {
    return findAssessmentById(ctx.freshEm(), ctx.viewer, await changeBaselineStatus(commandDeps(ctx), 'reopen', input));
  }
}
