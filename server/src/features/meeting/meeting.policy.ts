import type { Level } from '@strom/shared';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinates, isAdmin, isNetworkModerator } from '../user/user.policy.js';
import { hosts, seesMeeting, type MeetingAccess } from './meeting-access.js';

/** The scope a new meeting is planned in (the subject of `create`). */
export interface MeetingScope {
  level: Level;
  countryCode: string | null;
}

const sees = (viewer: Viewer, meeting: MeetingAccess) => seesMeeting(viewer, meeting);
const open = (meeting: MeetingAccess) => meeting.status === 'DRAFT' || meeting.status === 'SCHEDULED' || meeting.status === 'LIVE';

/** The meeting feature's table for an existing meeting: commands `authorize`, read models `can`, `viewerCan` fields `permissions`. */
export const meetingAbilities = defineAbilities<MeetingAccess>()({
  see: { allow: sees, refusal: 'You may not see this meeting' },
  /** Details, invitations, the date poll, scheduling and cancelling: its hosts, the network's moderators and admins. */
  manage: { allow: (viewer, meeting) => hosts(viewer, meeting) && open(meeting), refusal: 'Only the hosts of this meeting may change it' },
  /** Making an invited participant a co-host, or removing one: the meeting's hosts (and moderators, admins) while it is open. */
  appointHost: {
    allow: (viewer, meeting) => hosts(viewer, meeting) && open(meeting),
    refusal: 'Only the hosts of this meeting may add or remove a co-host',
  },
  /** Answering: the invited, and any member who sees an open (NETWORK or SCOPE) meeting registers by answering. */
  rsvp: {
    allow: (viewer, meeting) => sees(viewer, meeting) && (meeting.viewerStatus !== null || meeting.visibility !== 'INVITED'),
    refusal: 'Only invited members may answer for this meeting',
  },
  answerDatePoll: {
    allow: (viewer, meeting) => isMember(viewer) && (meeting.viewerStatus !== null || hosts(viewer, meeting)),
    refusal: 'Only the invited answer this date poll',
  },
  /** The online link: accepted participants and hosts only, never the merely invited or waiting. */
  seeOnlineLink: {
    allow: (viewer, meeting) => hosts(viewer, meeting) || meeting.viewerStatus === 'ACCEPTED',
    refusal: 'The link is for accepted participants',
  },
  seeParticipants: { allow: sees, refusal: 'You may not see who takes part in this meeting' },
  /** Live: raising a hand, checking in, leaving: its hosts and everyone invited who has not declined. */
  takePart: {
    allow: (viewer, meeting) => hosts(viewer, meeting) || (meeting.viewerStatus !== null && meeting.viewerStatus !== 'DECLINED'),
    refusal: 'Only the participants of this meeting take part in it (answer its invitation first)',
  },
});

/**
 * Planning a meeting: the network's moderators and admins in any scope, coordinators (with two-factor) for
 * national and local meetings of their country.
 */
export const meetingCreation = defineAbilities<MeetingScope>()({
  create: {
    allow: (viewer, scope) =>
      isAdmin(viewer) || isNetworkModerator(viewer) || (scope.level !== 'REGIONAL' && coordinates(viewer, scope.countryCode)),
    refusal: 'Only moderators, admins and (for their own country) coordinators may plan meetings',
  },
});

export type MeetingAction = Parameters<typeof meetingAbilities.can>[1];
