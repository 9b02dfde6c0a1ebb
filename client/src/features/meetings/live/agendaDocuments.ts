import { graphql } from '../../../gql';

export const MeetingAgendaQuery = graphql(`
  query MeetingAgenda($id: ID!) {
    meeting(id: $id) {
      id
      status
      viewerCan {
        manage
      }
      hosts {
        userId
        name
      }
      participants {
        userId
        name
        status
      }
      agenda {
        version
        items {
          id
          title
          plannedMinutes
          startsAt
          endsAt
          presenter {
            userId
            name
          }
          links {
            url
            label
          }
        }
      }
    }
  }
`);

export const SaveAgendaMutation = graphql(`
  mutation SaveMeetingAgenda($input: SaveAgendaInput!) {
    saveMeetingAgenda(input: $input) {
      id
      agenda {
        version
        items {
          id
          title
          plannedMinutes
          startsAt
          endsAt
          presenter {
            userId
            name
          }
          links {
            url
            label
          }
        }
      }
    }
  }
`);
