import { graphql } from '../../gql';

// The header's bell loads with every page (the data chunk): its documents live apart from the notification
// page's, which would otherwise travel with them.

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

// The bell only counts: it needs no more than that something arrived.
export const NotificationArrived = graphql(`
  subscription NotificationArrived {
    notificationAdded {
      cursor
      node {
        id
      }
    }
  }
`);
