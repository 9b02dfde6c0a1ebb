import type { FeatureManifest } from '../../core/feature.js';
import { MyDataResolver } from './my-data.resolver.js';
import { DeleteAccountResolver } from './delete-account.resolver.js';

export const privacyFeature: FeatureManifest = {
  name: 'privacy',
  resolvers: [MyDataResolver, DeleteAccountResolver],
};
