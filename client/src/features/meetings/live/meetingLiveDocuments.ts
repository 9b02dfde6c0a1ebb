import { graphql } from '../../../gql';

export const MeetingLiveStateFragment = graphql(`
  fragment MeetingLiveState_state on MeetingLiveState {
    meetingId
    sequence
    status
    startsAt
    endsAt
    timeZone
    readAt
    agenda {
      version
      items {
        id
        position
        title
        plannedMinutes
        startsAt
        endsAt
        startedAt
        endedAt
        presenter {
          userId
          name
          countryCode
        }
        links {
          url
          label
        }
      }
      nowDiscussing {
        itemId
        position
        startedAt
        extraMinutes
        plannedEndsAt
      }
    }
    speakerQueue {
      balanced
      viewerRequestId
      speaking {
        id
        raisedAt
        calledAt
        person {
          userId
          name
          countryCode
        }
      }
      waiting {
        id
        raisedAt
        calledAt
        person {
          userId
          name
          countryCode
        }
      }
      turnsByCountry {
        countryCode
        turns
      }
    }
    attendance {
      presentCount
      attendedCount
      viewerPresent
      present {
        inPerson
        checkedInAt
        person {
          userId
          name
          countryCode
        }
      }
      byCountry {
        countryCode
        present
        expected
        attended
      }
    }
  }
`);

export const MeetingLiveQuery = graphql(`
  query MeetingLive($id: ID!) {
    viewer {
      id
    }
    meeting(id: $id) {
      id
      title
      status
      viewerStatus
      viewerCan {
        manage
      }
      participants {
        userId
        name
        status
      }
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const MeetingLiveEvents = graphql(`
  subscription MeetingLiveEvents($meetingId: ID!, $after: Int) {
    meetingEvent(meetingId: $meetingId, after: $after) {
      __typename
      sequence
      kind
      occurredAt
      ...MeetingOutcomeEvent_event
      ... on MeetingAgendaAdvanced {
        currentItemId
        currentPosition
        startedAt
        currentPlannedEndsAt
        previousItemId
      }
      ... on MeetingAgendaExtended {
        itemId
        extraMinutes
        plannedEndsAt
      }
      ... on MeetingHandRaised {
        requestId
        userId
        name
        countryCode
        raisedAt
      }
      ... on MeetingHandLowered {
        requestId
        userId
      }
      ... on MeetingSpeakerCalled {
        requestId
        userId
        name
        countryCode
      }
      ... on MeetingSpeakerFinished {
        requestId
        userId
      }
      ... on MeetingParticipantCheckedIn {
        userId
        name
        countryCode
        inPerson
        checkedInAt
      }
      ... on MeetingParticipantLeft {
        userId
        countryCode
      }
    }
  }
`);

export const StartMeetingMutation = graphql(`
  mutation StartMeeting($id: ID!) {
    startMeeting(id: $id) {
      id
      status
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const EndMeetingMutation = graphql(`
  mutation EndMeeting($id: ID!) {
    endMeeting(id: $id) {
      id
      status
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const MoveAgendaMutation = graphql(`
  mutation MoveMeetingAgenda($input: MoveAgendaInput!) {
    moveMeetingAgenda(input: $input) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const ExtendAgendaItemMutation = graphql(`
  mutation ExtendMeetingAgendaItem($input: ExtendAgendaItemInput!) {
    extendMeetingAgendaItem(input: $input) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const RaiseHandMutation = graphql(`
  mutation RaiseHand($meetingId: ID!) {
    raiseHand(meetingId: $meetingId) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const LowerHandMutation = graphql(`
  mutation LowerHand($meetingId: ID!, $requestId: ID) {
    lowerHand(meetingId: $meetingId, requestId: $requestId) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const CallNextSpeakerMutation = graphql(`
  mutation CallNextSpeaker($meetingId: ID!, $requestId: ID) {
    callNextSpeaker(meetingId: $meetingId, requestId: $requestId) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const FinishSpeakerMutation = graphql(`
  mutation FinishSpeaker($meetingId: ID!, $requestId: ID!) {
    finishSpeaker(meetingId: $meetingId, requestId: $requestId) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const SetSpeakerBalanceMutation = graphql(`
  mutation SetSpeakerBalance($meetingId: ID!, $balanced: Boolean!) {
    setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckInToMeeting($input: CheckInInput!) {
    checkInToMeeting(input: $input) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);

export const LeaveMeetingMutation = graphql(`
  mutation LeaveMeeting($input: LeaveMeetingInput!) {
    leaveMeeting(input: $input) {
      id
      liveState {
        ...MeetingLiveState_state
      }
    }
  }
`);
