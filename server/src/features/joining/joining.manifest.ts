import type { FeatureManifest } from '../../core/feature.js';
import { JoiningResolver } from './joining.resolver.js';

export const joiningFeature: FeatureManifest = {
  name: 'joining',
  resolvers: [JoiningResolver],
};
