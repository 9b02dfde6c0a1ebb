import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      edges {
        cursor
        node {
          id
          ...NotificationEntry_notification
        }
      }
    }
  }
`);

// Aliased to the list's field, so live edges merge into the list the query cached (ui/useLiveConnection).
export const NotificationsUpdates = graphql(`
  subscription NotificationsUpdates($after: String) {
    notifications: notificationAdded(after: $after) {
      cursor
      node {
        id
        ...NotificationEntry_notification
      }
    }
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

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead($upTo: String) {
    markAllNotificationsRead(upTo: $upTo)
  }
`);
