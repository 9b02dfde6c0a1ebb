import type { FeatureManifest } from '../../core/feature.js';
import { FreshnessResolver } from './freshness.resolver.js';
import { freshnessReminders } from './freshness-reminders.jobs.js';
import { profileSubjects } from './profile.subjects.js';

/** Keeping the directory true: "last confirmed" on organisations and profiles, and the yearly reminder. */
export const freshnessFeature: FeatureManifest = {
  name: 'freshness',
  resolvers: [FreshnessResolver],
  jobs: [freshnessReminders],
  subjects: [profileSubjects],
};
