import { computeCostTotals } from '@strom/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { CostComparisonArgs, CostPrioritiesArgs, CostScenariosArgs } from './cost.args.js';
import { deleteCostScenario, saveCostScenario, setExchangeRate, setPriceIndex } from './cost.commands.js';
import { compareCostScenarios } from './cost-comparison.read.js';
import { CostComparison } from './cost-comparison.types.js';
import { costPriorities } from './cost-priorities.read.js';
import { CostPriorities } from './cost-priorities.types.js';
import { SaveCostScenarioInput, SetExchangeRateInput, SetPriceIndexInput } from './cost.inputs.js';
import { loadCostRates } from './cost-rates.read.js';
import { CostRates, CostTemplateNode, PublishedCostFigure } from './cost-reference.types.js';
import { findCostScenario, listCostScenarios } from './cost.read.js';
import { COST_TEMPLATES } from './cost-templates.js';
import { CostScenario, CostScenarioConnection } from './cost.types.js';
import { COST_SOURCES, PUBLISHED_FIGURES } from './published-figures.js';

const TEMPLATES: CostTemplateNode[] = COST_TEMPLATES.map((template) => {
  const totals = computeCostTotals(template.lines);
  return {
    ...template,
    lines: template.lines.map((line, index) => ({ ...line, illustrative: true, totalMinor: totals.lineTotals[index]! })),
  };
});

const FIGURES: PublishedCostFigure[] = PUBLISHED_FIGURES.map(({ sourceIds, ...figure }) => ({
  ...figure,
  sources: sourceIds.map((id) => COST_SOURCES.get(id)!),
}));

@Resolver()
export class CostResolver {
  @Authorized()
  @Query(() => CostScenarioConnection, { description: 'Your scenarios and those shared with the network, most recently changed first' })
  costScenarios(@Ctx() { em, viewer }: Context, @Args(() => CostScenariosArgs) args: CostScenariosArgs) {
    return listCostScenarios(em, viewer, args);
  }

  @Query(() => CostScenario, { nullable: true, description: 'Null when it does not exist or is neither yours nor shared' })
  costScenario(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<CostScenario | null> {
    return findCostScenario(em, viewer, id);
  }

  @Authorized()
  @Query(() => CostComparison)
  costComparison(@Ctx() { em, viewer }: Context, @Args(() => CostComparisonArgs) args: CostComparisonArgs): Promise<CostComparison> {
    return compareCostScenarios(em, viewer, args.ids, { currency: args.currency, priceYear: args.priceYear });
  }

  @Authorized()
  @Query(() => CostPriorities, { description: "Which categories drive cost across a municipality's scenarios you may read" })
  costPriorities(@Ctx() { em, viewer }: Context, @Args(() => CostPrioritiesArgs) args: CostPrioritiesArgs): Promise<CostPriorities> {
    return costPriorities(em, viewer, args.municipalityId, { currency: args.currency, priceYear: args.priceYear });
  }

  @Authorized()
  @Query(() => [CostTemplateNode], { description: 'Templates from the national service baskets; every unit price illustrative' })
  costTemplates(): CostTemplateNode[] {
    return TEMPLATES;
  }

  @Authorized()
  @Query(() => CostRates, { description: 'Exchange rates and price indices that comparisons convert with' })
  costRates(@Ctx() { em }: Context): Promise<CostRates> {
    return loadCostRates(em);
  }

  @Authorized()
  @Query(() => [PublishedCostFigure], { description: 'Aggregate figures seen in publications, with their sources, for context' })
  publishedCostFigures(): PublishedCostFigure[] {
    return FIGURES;
  }

  @Authorized()
  @Mutation(() => CostScenario, { description: 'Creates (under your id) or changes (at the version you loaded) a scenario' })
  async saveCostScenario(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveCostScenarioInput) input: SaveCostScenarioInput,
  ): Promise<CostScenario> {
    const id = await saveCostScenario(commandDeps(ctx), input);
    const scenario = await findCostScenario(ctx.em, ctx.viewer, id);
    if (!scenario) throw new NotFound('The scenario');
    return scenario;
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes one of your scenarios; answers its id' })
  deleteCostScenario(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return deleteCostScenario(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => CostRates, { description: 'Admins: enters or corrects an exchange rate, with its source' })
  async setExchangeRate(@Ctx() ctx: Context, @Arg('input', () => SetExchangeRateInput) input: SetExchangeRateInput): Promise<CostRates> {
    await setExchangeRate(commandDeps(ctx), input);
    return loadCostRates(ctx.em);
  }

  @Authorized()
  @Mutation(() => CostRates, { description: 'Admins: enters or corrects a price index, with its source' })
  async setPriceIndex(@Ctx() ctx: Context, @Arg('input', () => SetPriceIndexInput) input: SetPriceIndexInput): Promise<CostRates> {
    await setPriceIndex(commandDeps(ctx), input);
    return loadCostRates(ctx.em);
  }
}
