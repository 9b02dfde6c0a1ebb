import type { FeatureManifest } from '../../core/feature.js';
import { ScopeResolver } from './scope.resolver.js';

export const scopeFeature: FeatureManifest = {
  name: 'scope',
  resolvers: [ScopeResolver],
};
