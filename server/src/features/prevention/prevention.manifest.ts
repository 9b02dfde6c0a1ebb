import type { FeatureManifest } from '../../core/feature.js';
import { PreventionResolver } from './prevention.resolver.js';

/** The prevention catalogue: what was done for groups at risk, where, with whom, and what it taught. */
export const preventionFeature: FeatureManifest = {
  name: 'prevention',
  resolvers: [PreventionResolver],
};
