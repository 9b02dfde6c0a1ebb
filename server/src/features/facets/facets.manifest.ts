import type { FeatureManifest } from '../../core/feature.js';
import { FacetsResolver } from './facets.resolver.js';

export const facetsFeature: FeatureManifest = {
  name: 'facets',
  resolvers: [FacetsResolver],
};
