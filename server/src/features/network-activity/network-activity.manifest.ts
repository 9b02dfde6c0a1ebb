import type { FeatureManifest } from '../../core/feature.js';
import { NetworkActivity } from './network-activity.entity.js';
import { NetworkActivityResolver } from './network-activity.resolver.js';

export const networkActivityFeature: FeatureManifest = {
  name: 'network-activity',
  entities: [NetworkActivity],
  resolvers: [NetworkActivityResolver],
};
