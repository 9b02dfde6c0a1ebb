import type { CostCategory } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { convertScenarios, largestFirst, type CostTarget } from './cost-conversion.js';
import { loadCostRates } from './cost-rates.read.js';
import { findMunicipalityScenarios } from './cost.read.js';
import type { CostPriorities } from './cost-priorities.types.js';

/**
 * A municipality's priorities: which categories drive cost across the scenarios of it the viewer may read, each
 * converted to one currency and price year as the comparison converts them, then summed by category. Two
 * statements (the scenarios, the rates table) however many scenarios there are.
 */
export async function costPriorities(em: Em, viewer: Viewer, municipalityId: string, target: CostTarget): Promise<CostPriorities> {
  const [scenarios, rates] = await Promise.all([findMunicipalityScenarios(em, viewer, municipalityId), loadCostRates(em)]);
  const byCategory = new Map<CostCategory, number>();
  let totalMinor = 0;
  for (const totals of convertScenarios(scenarios, target, rates)) {
    totalMinor += totals.totalMinor;
    for (const { category, totalMinor: amount } of totals.byCategory) byCategory.set(category, (byCategory.get(category) ?? 0) + amount);
  }
  return { ...target, municipalityId, scenarioCount: scenarios.length, totalMinor, byCategory: largestFirst(byCategory) };
}
