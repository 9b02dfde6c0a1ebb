import type { FeatureManifest } from '../../core/feature.js';
import { ExportTicket } from './export-ticket.entity.js';
import { ExportResolver } from './export.resolver.js';
import { expertExportRoute } from './expert-export.route.js';
import { exportTicketExpiry } from './export-ticket.jobs.js';

export const exportFeature: FeatureManifest = {
  name: 'export',
  entities: [ExportTicket],
  resolvers: [ExportResolver],
  routes: [{ method: 'get', path: '/export/experts/:token.csv', handler: expertExportRoute }],
  jobs: [exportTicketExpiry],
};
