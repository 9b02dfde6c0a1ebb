import { graphql } from '../../../gql';

export const MeetingPlanningQuery = graphql(`
  query MeetingPlanning {
    meetingPlanning {
      canPlan
      regional
      countryCodes
    }
    countries {
      code
      name
    }
  }
`);

export const PlanMunicipalitiesQuery = graphql(`
  query PlanMunicipalities($countryCode: String!) {
    municipalities(countryCode: $countryCode) {
      id
      name
    }
  }
`);

export const ContactPointPlacesQuery = graphql(`
  query ContactPointPlaces($countryCode: String!) {
    contactPointPlaces(countryCode: $countryCode) {
      municipalityId
      name
      countryCode
      latitude
      longitude
      contactPointCount
    }
  }
`);

export const MeetingCandidatesQuery = graphql(`
  query MeetingCandidates($text: String!) {
    meetingCandidates(text: $text) {
      userId
      expertId
      name
      organisationName
      countryCode
    }
  }
`);

export const PlanCreateMeetingMutation = graphql(`
  mutation PlanCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      status
    }
  }
`);

export const PlanProposeSlotsMutation = graphql(`
  mutation PlanProposeSlots($input: ProposeSlotsInput!) {
    proposeMeetingSlots(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const PlanInviteMutation = graphql(`
  mutation PlanInvite($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      id
      invitedCount
    }
  }
`);

export const PlanInviteContactPointsMutation = graphql(`
  mutation PlanInviteContactPoints($input: InviteContactPointsInput!) {
    inviteContactPoints(input: $input) {
      invitedCount
      contactPointCount
      withoutContactPoint {
        municipalityId
        name
        countryCode
      }
      meeting {
        id
        invitedCount
      }
    }
  }
`);

export const PlanScheduleMeetingMutation = graphql(`
  mutation PlanScheduleMeeting($id: ID!) {
    scheduleMeeting(id: $id) {
      id
      status
    }
  }
`);

export const PlanUpdateMeetingMutation = graphql(`
  mutation PlanUpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const PlanPickSlotMutation = graphql(`
  mutation PlanPickSlot($meetingId: ID!, $slotId: ID!) {
    pickMeetingSlot(meetingId: $meetingId, slotId: $slotId) {
      id
      ...MeetingDetail_meeting
    }
  }
`);

export const MeetingCanPlanQuery = graphql(`
  query MeetingCanPlan {
    meetingPlanning {
      canPlan
    }
  }
`);
