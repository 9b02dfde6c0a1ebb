import type { FeatureManifest } from '../../core/feature.js';
import { Country } from './country.entity.js';
import { CountryResolver } from './country.resolver.js';

export const countryFeature: FeatureManifest = {
  name: 'country',
  entities: [Country],
  resolvers: [CountryResolver],
};
