import type { FeatureManifest } from '../../core/feature.js';
import { ProfileResolver } from './profile.resolver.js';

export const profileFeature: FeatureManifest = {
  name: 'profile',
  resolvers: [ProfileResolver],
};
