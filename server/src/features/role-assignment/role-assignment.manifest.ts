import type { FeatureManifest } from '../../core/feature.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { RoleAssignmentResolver } from './role-assignment.resolver.js';
import { RoleAssignmentEditingResolver } from './role-assignment-editing.resolver.js';

export const roleAssignmentFeature: FeatureManifest = {
  name: 'role-assignment',
  entities: [RoleAssignment],
  resolvers: [RoleAssignmentResolver, RoleAssignmentEditingResolver],
};
