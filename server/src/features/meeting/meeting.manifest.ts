import type { FeatureManifest } from '../../core/feature.js';
import { CalendarResolver } from './calendar.resolver.js';
import { CALENDAR_ROUTES } from './calendar.routes.js';
import { meetingNoticesWorker } from './meeting-notices.worker.js';
import { meetingReminders } from './meeting-reminders.job.js';
import { Meeting } from './meeting.entity.js';
import { createParticipantsLoader, createSlotsLoader } from './meeting.loaders.js';
import { MeetingResolver } from './meeting.resolver.js';
import { MeetingInvitationsByPlaceResolver } from './meeting-invitations-by-place.resolver.js';
import { MeetingLiveResolver } from './meeting-live.resolver.js';
import { MeetingLiveStateAgendaResolver, MeetingRunResolver } from './meeting-run.resolver.js';
import { MeetingLiveCommandsResolver, MeetingLivePartsResolver } from './meeting-live-parts.resolver.js';
import { MeetingHostsResolver } from './meeting-hosts.resolver.js';
import { meetingSubjects } from './meeting.subjects.js';
import { meetingPageHead } from './meeting-page-head.js';

export const meetingFeature: FeatureManifest = {
  name: 'meeting',
  entities: [Meeting],
  resolvers: [
    MeetingResolver,
    MeetingLiveResolver,
    CalendarResolver,
    MeetingRunResolver,
    MeetingLiveStateAgendaResolver,
    MeetingLivePartsResolver,
    MeetingLiveCommandsResolver,
    MeetingInvitationsByPlaceResolver,
    MeetingHostsResolver,
  ],
  loaders: (em) => ({ meetingParticipants: createParticipantsLoader(em), meetingSlots: createSlotsLoader(em) }),
  routes: CALENDAR_ROUTES,
  jobs: [meetingReminders],
  workers: [meetingNoticesWorker],
  subjects: [meetingSubjects],
  pageHeads: [meetingPageHead],
};
