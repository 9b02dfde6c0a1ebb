import type { FeatureManifest } from '../../core/feature.js';
import { GuidelineActionPoint, GuidelineStatus, GuidelineStatusChange } from './guideline.entity.js';
import { GuidelineResolver } from './guideline.resolver.js';

export const guidelineFeature: FeatureManifest = {
  name: 'guideline',
  entities: [GuidelineActionPoint, GuidelineStatus, GuidelineStatusChange],
  resolvers: [GuidelineResolver],
};
