import type { FeatureManifest } from '../../core/feature.js';
import { GuardrailResolver } from './guardrail.resolver.js';

export const guardrailFeature: FeatureManifest = {
  name: 'guardrail',
  resolvers: [GuardrailResolver],
};
