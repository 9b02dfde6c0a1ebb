import { COST_GROUPS, COST_PAYERS, COST_CATEGORY_GROUP, convertMinor, type CostCategory, type CostCurrency } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { loadCostRates } from './cost-rates.read.js';
import { findCostScenarios } from './cost.read.js';
import type { CostComparison } from './cost-comparison.types.js';
import type { CostScenario, CostTotals } from './cost.types.js';

/**
 * Scenarios side by side in one currency and price year. Each line is converted and rounded once, then summed, so
 * a scenario's converted total is exactly the sum of its converted categories, groups and payers. A missing rate
 * refuses the whole comparison and names every rate an admin must enter.
 */
export async function compareCostScenarios(
  em: Em,
  viewer: Viewer,
  ids: readonly string[],
  target: { currency: CostCurrency; priceYear: number },
): Promise<CostComparison> {
  const [scenarios, rates] = await Promise.all([findCostScenarios(em, viewer, ids), loadCostRates(em)]);
  const missing = new Set<string>();
  const entries = scenarios.map((scenario) => {
    const converted = scenario.lines.map((line) => {
      const result = convertMinor(
        line.totalMinor,
        { currency: scenario.currency, year: scenario.priceYear, countryCode: scenario.countryCode },
        { currency: target.currency, year: target.priceYear },
        rates,
      );
      if (!result.ok) missing.add(result.missing);
      return { line, amountMinor: result.ok ? result.amountMinor : 0 };
    });
    return { scenario, totals: aggregate(converted) };
  });
  if (missing.size > 0)
    throw BadUserInput.field(
      'priceYear',
      `${[...missing].join(' ')} Ask an admin to enter it in the rates table, or compare in another currency or year.`,
    );
  return { currency: target.currency, priceYear: target.priceYear, entries };
}

function aggregate(converted: { line: CostScenario['lines'][number]; amountMinor: number }[]): CostTotals {
  const byGroup = new Map<string, number>(COST_GROUPS.map((key) => [key, 0]));
  const byPayer = new Map<string, number>(COST_PAYERS.map((key) => [key, 0]));
  const byCategory = new Map<CostCategory, number>();
  let totalMinor = 0;
  for (const { line, amountMinor } of converted) {
    totalMinor += amountMinor;
    byGroup.set(COST_CATEGORY_GROUP[line.category], byGroup.get(COST_CATEGORY_GROUP[line.category])! + amountMinor);
    byPayer.set(line.payer, byPayer.get(line.payer)! + amountMinor);
    byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + amountMinor);
  }
  return {
    totalMinor,
    byGroup: [...byGroup].map(([key, amount]) => ({ key, totalMinor: amount })),
    byPayer: [...byPayer].map(([key, amount]) => ({ key, totalMinor: amount })),
    byCategory: [...byCategory].map(([category, amount]) => ({ category, totalMinor: amount })).sort((a, b) => b.totalMinor - a.totalMinor),
    byMonth: [],
  };
}
