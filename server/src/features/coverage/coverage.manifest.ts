import type { FeatureManifest } from '../../core/feature.js';
import { CoverageResolver } from './coverage.resolver.js';
import { ViewerCoverageResolver } from './viewer-coverage.resolver.js';

export const coverageFeature: FeatureManifest = {
  name: 'coverage',
  resolvers: [CoverageResolver, ViewerCoverageResolver],
};
