import type { FeatureManifest } from '../../core/feature.js';
import { counterpartRequestReminders } from './counterpart-request-reminders.jobs.js';
import { CounterpartRequestResolver } from './counterpart-request.resolver.js';
import { counterpartRequestSubjects } from './counterpart-request.subjects.js';
import { ViewerCounterpartStatisticsResolver } from './viewer-counterpart-statistics.resolver.js';

/** Cross-border counterpart requests ("handshake"): ask another municipality or country who takes over a case. */
export const counterpartRequestFeature: FeatureManifest = {
  name: 'counterpart-request',
  resolvers: [CounterpartRequestResolver, ViewerCounterpartStatisticsResolver],
  jobs: [counterpartRequestReminders],
  subjects: [counterpartRequestSubjects],
};
