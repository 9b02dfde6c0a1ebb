import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { convertScenarios, type CostTarget } from './cost-conversion.js';
import { loadCostRates } from './cost-rates.read.js';
import { findCostScenarios } from './cost.read.js';
import type { CostComparison } from './cost-comparison.types.js';

/** Scenarios side by side in one currency and price year (see `convertScenarios`), in the order asked. */
export async function compareCostScenarios(em: Em, viewer: Viewer, ids: readonly string[], target: CostTarget): Promise<CostComparison> {
  const [scenarios, rates] = await Promise.all([findCostScenarios(em, viewer, ids), loadCostRates(em)]);
  const totals = convertScenarios(scenarios, target, rates);
  return { ...target, entries: scenarios.map((scenario, index) => ({ scenario, totals: totals[index]! })) };
}
