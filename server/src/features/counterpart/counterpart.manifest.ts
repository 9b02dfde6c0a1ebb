import type { FeatureManifest } from '../../core/feature.js';
import { CounterpartResolver } from './counterpart.resolver.js';

export const counterpartFeature: FeatureManifest = {
  name: 'counterpart',
  resolvers: [CounterpartResolver],
};
