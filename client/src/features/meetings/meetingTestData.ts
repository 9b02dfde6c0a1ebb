import type { MeetingDetail_MeetingFragment, MeetingSummary_MeetingFragment } from '../../gql/graphql';

type Fields<T> = Omit<T, ' $fragmentName'>;

/** A meeting as the list shows it: the regional one, in Rīga's zone, on 9 March 2027 (10:00–12:00 there). */
export function summaryNode(id: string, title: string, overrides: Partial<Fields<MeetingSummary_MeetingFragment>> = {}) {
  return {
    __typename: 'Meeting' as const,
    id,
    title,
    status: 'SCHEDULED' as const,
    format: 'HYBRID' as const,
    level: 'REGIONAL' as const,
    countryCode: null,
    municipalityName: null,
    startsAt: '2027-03-09T08:00:00.000Z',
    endsAt: '2027-03-09T10:00:00.000Z',
    timeZone: 'Europe/Riga',
    viewerStatus: null,
    ...overrides,
  };
}

/** A meeting as its page shows it: a draft with a three-slot date poll the reader is invited to. */
export function detailNode(overrides: Partial<Fields<MeetingDetail_MeetingFragment>> = {}): Fields<MeetingDetail_MeetingFragment> {
  return {
    __typename: 'Meeting',
    id: 'meeting-spring',
    version: 1,
    title: 'Regional expert group meeting (spring)',
    purpose: 'Follow-up of the Rīga meeting.',
    status: 'DRAFT',
    format: 'ONLINE',
    level: 'REGIONAL',
    countryCode: null,
    municipalityName: null,
    startsAt: null,
    endsAt: null,
    timeZone: 'Europe/Riga',
    venue: null,
    visibility: 'INVITED',
    hasOnlineLink: true,
    onlineLink: null,
    capacity: 40,
    acceptedCount: 0,
    waitingCount: 0,
    invitedCount: 2,
    cancelReason: null,
    calendarPath: '/calendar/meeting/meeting-spring.ics',
    viewerStatus: 'INVITED',
    viewerCan: { __typename: 'MeetingPermissions', manage: false, rsvp: true, answerDatePoll: true, appointHost: false },
    hosts: [{ __typename: 'MeetingHost', userId: 'u-mod', name: 'Mara Moderator' }],
    participants: [
      {
        __typename: 'MeetingParticipant',
        userId: 'u-lt',
        name: 'Lina Coordinator',
        countryCode: 'LT',
        municipalityName: null,
        role: 'PARTICIPANT',
        status: 'INVITED',
        note: null,
      },
      {
        __typename: 'MeetingParticipant',
        userId: 'u-pl',
        name: 'Piotr Member',
        countryCode: 'PL',
        municipalityName: 'Gdańsk',
        role: 'PARTICIPANT',
        status: 'INVITED',
        note: null,
      },
    ],
    dateSlots: [
      {
        __typename: 'MeetingSlot',
        id: 'slot-1',
        startsAt: '2027-03-09T08:00:00.000Z',
        endsAt: '2027-03-09T10:00:00.000Z',
        yes: 1,
        ifNeedBe: 1,
        no: 0,
        best: true,
        viewerAnswer: null,
      },
      {
        __typename: 'MeetingSlot',
        id: 'slot-2',
        startsAt: '2027-03-11T11:00:00.000Z',
        endsAt: '2027-03-11T13:00:00.000Z',
        yes: 1,
        ifNeedBe: 0,
        no: 1,
        best: false,
        viewerAnswer: null,
      },
    ],
    ...overrides,
  };
}
