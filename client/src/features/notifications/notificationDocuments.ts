import { graphql } from '../../gql';

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
