import type { FeatureManifest } from '../../core/feature.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditExportRoute } from './audit-export.route.js';
import { AuditResolver } from './audit.resolver.js';

export const auditFeature: FeatureManifest = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  routes: [{ method: 'get', path: '/export/audit.csv', handler: auditExportRoute }],
};
