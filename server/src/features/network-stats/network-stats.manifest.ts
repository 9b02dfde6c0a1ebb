import type { FeatureManifest } from '../../core/feature.js';
import { NetworkStatsResolver } from './network-stats.resolver.js';

export const networkStatsFeature: FeatureManifest = {
  name: 'network-stats',
  resolvers: [NetworkStatsResolver],
};
