import type { FeatureManifest } from '../../core/feature.js';
import { PathwayVersion, ReferralPathway } from './pathway.entity.js';
import { pathwayPdfRoute } from './pathway-pdf.route.js';
import { PathwayResolver } from './pathway.resolver.js';

export const pathwayFeature: FeatureManifest = {
  name: 'pathway',
  entities: [ReferralPathway, PathwayVersion],
  resolvers: [PathwayResolver],
  routes: [{ method: 'get', path: '/pathways/:id.pdf', handler: pathwayPdfRoute }],
};
