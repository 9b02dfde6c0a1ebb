import {
  COST_CATEGORY_GROUP,
  COST_GROUPS,
  COST_PAYERS,
  convertMinor,
  type CostCategory,
  type CostCurrency,
  type CostRates,
} from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import type { CostScenario, CostTotals } from './cost.types.js';

export interface CostTarget {
  currency: CostCurrency;
  priceYear: number;
}

/**
 * Each scenario's totals in one currency and price year. Each line is converted and rounded once, then summed, so
 * a converted total is exactly the sum of its converted categories, groups and payers. A missing rate refuses the
 * whole conversion and names every rate an admin must enter. The comparison and the priorities view both read this.
 */
export function convertScenarios(scenarios: readonly CostScenario[], target: CostTarget, rates: CostRates): CostTotals[] {
  const missing = new Set<string>();
  const totals = scenarios.map((scenario) =>
    aggregate(
      scenario.lines.map((line) => {
        const result = convertMinor(
          line.totalMinor,
          { currency: scenario.currency, year: scenario.priceYear, countryCode: scenario.countryCode },
          { currency: target.currency, year: target.priceYear },
          rates,
        );
        if (!result.ok) missing.add(result.missing);
        return { line, amountMinor: result.ok ? result.amountMinor : 0 };
      }),
    ),
  );
  if (missing.size > 0)
    throw BadUserInput.field(
      'priceYear',
      `${[...missing].join(' ')} Ask an admin to enter it in the rates table, or compare in another currency or year.`,
    );
  return totals;
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
    byCategory: largestFirst(byCategory),
    byMonth: [],
  };
}

/** Category totals, largest first: what drives the cost. */
export function largestFirst(byCategory: ReadonlyMap<CostCategory, number>): { category: CostCategory; totalMinor: number }[] {
  return [...byCategory].map(([category, totalMinor]) => ({ category, totalMinor })).toSorted((a, b) => b.totalMinor - a.totalMinor);
}
