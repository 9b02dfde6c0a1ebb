import type { FeatureManifest } from '../../core/feature.js';
import { baselineCsvRoute } from './baseline-csv.route.js';
import { BaselineResolver } from './baseline.resolver.js';

/** The baseline self-assessment: a questionnaire per municipality and year, compared over time and across the region. */
export const baselineFeature: FeatureManifest = {
  name: 'baseline',
  resolvers: [BaselineResolver],
  routes: [{ method: 'get', path: '/export/baseline/:country/:year.csv', handler: baselineCsvRoute }],
};
