import type { FeatureManifest } from '../../core/feature.js';
import { Invitation } from './invitation.entity.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationAcceptResolver } from './invitation-accept.resolver.js';

export const invitationFeature: FeatureManifest = {
  name: 'invitation',
  entities: [Invitation],
  resolvers: [InvitationResolver, InvitationAcceptResolver],
};
