import type { FeatureManifest } from '../../core/feature.js';
import { Municipality } from './municipality.entity.js';
import { MunicipalityResolver } from './municipality.resolver.js';

export const municipalityFeature: FeatureManifest = {
  name: 'municipality',
  entities: [Municipality],
  resolvers: [MunicipalityResolver],
};
