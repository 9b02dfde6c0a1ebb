import { topic, type Channel } from '../../core/pubsub.js';

declare module '../../core/pubsub.js' {
  interface TopicFamilies {
    /** `notifications:<userId>`: a new notification of that member, by id (only their sockets listen). */
    notifications: { notificationId: string };
  }
}

export function notificationChannel(userId: string): Channel<{ notificationId: string }> {
  return topic('notifications', userId);
}
