import type { FeatureManifest } from '../../core/feature.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';

export const notificationFeature: FeatureManifest = {
  name: 'notification',
  entities: [Notification, NotificationPreference],
};
