import type { FeatureManifest } from '../../core/feature.js';
import { Expert } from './expert.entity.js';
import { ExpertResolver } from './expert.resolver.js';
import { createExpertByIdLoader } from './expert-by-id.loader.js';
import { createOrganisationExpertsLoader } from './organisation-experts.loader.js';

export const expertFeature: FeatureManifest = {
  name: 'expert',
  entities: [Expert],
  resolvers: [ExpertResolver],
  loaders: (em) => ({ organisationExperts: createOrganisationExpertsLoader(em), expertById: createExpertByIdLoader(em) }),
};
