import type { FeatureManifest } from '../../core/feature.js';
import { User } from './user.entity.js';
import { ViewerResolver } from './viewer.resolver.js';

export const userFeature: FeatureManifest = {
  name: 'user',
  entities: [User],
  resolvers: [ViewerResolver],
};
