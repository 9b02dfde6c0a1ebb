import type { FeatureManifest } from '../../core/feature.js';
import { PathwayVersion, ReferralPathway } from './pathway.entity.js';
import { pathwayPdfRoute } from './pathway-pdf.route.js';
import { PathwayLiveResolver } from './pathway-live.resolver.js';
import { PathwayResolver } from './pathway.resolver.js';

export const pathwayFeature: FeatureManifest = {
  name: 'pathway',
  entities: [ReferralPathway, PathwayVersion],
  resolvers: [PathwayResolver, PathwayLiveResolver],
  routes: [{ method: 'get', path: '/pathways/:id.pdf', handler: pathwayPdfRoute }],
};
