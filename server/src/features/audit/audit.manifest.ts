import type { FeatureManifest } from '../../core/feature.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditResolver } from './audit.resolver.js';

export const auditFeature: FeatureManifest = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
};
