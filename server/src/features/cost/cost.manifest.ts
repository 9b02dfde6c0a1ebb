import type { FeatureManifest } from '../../core/feature.js';
import { CostResolver } from './cost.resolver.js';

/** The cost workbench: anonymised scenarios, templates from the national baskets, the rates table, comparisons. */
export const costFeature: FeatureManifest = {
  name: 'cost',
  resolvers: [CostResolver],
};
