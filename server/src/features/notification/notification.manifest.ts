import type { FeatureManifest } from '../../core/feature.js';
import { notificationDigest } from './notification-digest.jobs.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';

export const notificationFeature: FeatureManifest = {
  name: 'notification',
  entities: [Notification, NotificationPreference],
  resolvers: [NotificationResolver],
  jobs: [notificationDigest],
};
