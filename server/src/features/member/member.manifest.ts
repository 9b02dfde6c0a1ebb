import type { FeatureManifest } from '../../core/feature.js';
import { MemberResolver } from './member.resolver.js';

export const memberFeature: FeatureManifest = {
  name: 'member',
  resolvers: [MemberResolver],
};
