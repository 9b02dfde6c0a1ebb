import type { FeatureManifest } from '../../core/feature.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationService } from './organisation-service.entity.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationServiceResolver } from './organisation-service.resolver.js';
import { ViewerOrganisationsResolver } from './viewer-organisations.resolver.js';
import { OrganisationLifecycleResolver } from './organisation-lifecycle.resolver.js';
import { OrganisationServiceEditingResolver } from './organisation-service-editing.resolver.js';
import { organisationSubjects } from './organisation.subjects.js';

export const organisationFeature: FeatureManifest = {
  name: 'organisation',
  entities: [Organisation, OrganisationService],
  resolvers: [
    OrganisationResolver,
    OrganisationServiceResolver,
    ViewerOrganisationsResolver,
    OrganisationLifecycleResolver,
    OrganisationServiceEditingResolver,
  ],
  subjects: [organisationSubjects],
};
