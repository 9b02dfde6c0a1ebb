import type { FeatureManifest } from '../../core/feature.js';
import { SearchResolver } from './search.resolver.js';

export const searchFeature: FeatureManifest = {
  name: 'search',
  resolvers: [SearchResolver],
};
