import { graphql } from '../../gql';

export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary_meeting on Meeting {
    id
    title
    status
    format
    level
    countryCode
    municipalityName
    startsAt
    endsAt
    timeZone
    viewerStatus
  }
`);

export const MeetingListQuery = graphql(`
  query MeetingList($when: MeetingWhen!, $level: Level, $countryCode: String, $first: Int!, $after: String) {
    meetings(when: $when, level: $level, countryCode: $countryCode, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...MeetingSummary_meeting
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MeetingCountriesQuery = graphql(`
  query MeetingCountries {
    countries {
      code
      name
    }
  }
`);

export const MeetingDetailFragment = graphql(`
  fragment MeetingDetail_meeting on Meeting {
    id
    version
    title
    purpose
    status
    format
    level
    countryCode
    municipalityName
    startsAt
    endsAt
    timeZone
    venue
    visibility
    hasOnlineLink
    onlineLink
    capacity
    acceptedCount
    waitingCount
    invitedCount
    cancelReason
    calendarPath
    viewerStatus
    viewerCan {
      manage
      rsvp
      answerDatePoll
      appointHost
    }
    hosts {
      userId
      name
    }
    participants {
      userId
      name
      countryCode
      municipalityName
      role
      status
      note
    }
    dateSlots {
      id
      startsAt
      endsAt
      yes
      ifNeedBe
      no
      best
      viewerAnswer
    }
  }
`);

export const MeetingDetailQuery = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingDetail_meeting
    }
    calendarFeedCreatedAt
  }
`);

export const MeetingRsvpMutation = graphql(`
  mutation MeetingRsvp($input: RsvpInput!) {
    rsvpMeeting(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const RemoveMeetingParticipantMutation = graphql(`
  mutation RemoveMeetingParticipant($input: RemoveParticipantInput!) {
    removeMeetingParticipant(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const AddMeetingHostMutation = graphql(`
  mutation AddMeetingHost($input: MeetingHostInput!) {
    addMeetingHost(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const RemoveMeetingHostMutation = graphql(`
  mutation RemoveMeetingHost($input: MeetingHostInput!) {
    removeMeetingHost(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const MeetingAnswerSlotsMutation = graphql(`
  mutation MeetingAnswerSlots($input: AnswerSlotsInput!) {
    answerMeetingSlots(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const MeetingCreateCalendarFeedMutation = graphql(`
  mutation MeetingCreateCalendarFeed {
    createCalendarFeed {
      createdAt
      url
    }
  }
`);
