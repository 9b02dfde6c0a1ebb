import type { FeatureManifest } from '../../core/feature.js';
import { Session } from './session.entity.js';
import { SessionResolver } from './session.resolver.js';
import { sessionExpiry } from './session.jobs.js';

export const sessionFeature: FeatureManifest = {
  name: 'session',
  entities: [Session],
  resolvers: [SessionResolver],
  jobs: [sessionExpiry],
};
