import { registerEnumType } from 'type-graphql';

/** What happened; features that notify add kinds here (meetings will). */
export const NotificationKind = {
  MENTION: 'MENTION',
  REPLY: 'REPLY',
  NEW_THREAD: 'NEW_THREAD',
  NEW_POST: 'NEW_POST',
  MODERATION: 'MODERATION',
  MEETING_INVITATION: 'MEETING_INVITATION',
  MEETING_SCHEDULED: 'MEETING_SCHEDULED',
  MEETING_CHANGED: 'MEETING_CHANGED',
  MEETING_CANCELLED: 'MEETING_CANCELLED',
  MEETING_SEAT: 'MEETING_SEAT',
  MEETING_REMINDER: 'MEETING_REMINDER',
  ORGANISATION_RETIRED: 'ORGANISATION_RETIRED',
  CONFIRM_RECORD: 'CONFIRM_RECORD',
  COUNTERPART_REQUEST: 'COUNTERPART_REQUEST',
  COUNTERPART_REQUEST_REMINDER: 'COUNTERPART_REQUEST_REMINDER',
  COUNTERPART_REQUEST_UPDATE: 'COUNTERPART_REQUEST_UPDATE',
} as const;
export type NotificationKind = keyof typeof NotificationKind;
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'MENTION: you were mentioned; REPLY: to your post; NEW_THREAD, NEW_POST: where you watch; MODERATION: of your post; MEETING_*: an invitation, the date set or changed, a cancellation, a freed seat that is now yours, a reminder; ORGANISATION_RETIRED: your organisation closed or merged, move your profile; CONFIRM_RECORD: a yearly request to confirm a directory record; COUNTERPART_REQUEST: a counterpart request reached you (sent or forwarded); COUNTERPART_REQUEST_REMINDER: one still waits for your answer; COUNTERPART_REQUEST_UPDATE: an answer, a message or the closing of a request you take part in',
});

/** How often a member gets a digest of what they have not read. */
export const DigestFrequency = { DAILY: 'DAILY', WEEKLY: 'WEEKLY', OFF: 'OFF' } as const;
export type DigestFrequency = keyof typeof DigestFrequency;
registerEnumType(DigestFrequency, { name: 'DigestFrequency', description: 'A digest e-mail of unread notifications, or none' });
