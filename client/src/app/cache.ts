import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { meetingPeoplePolicy } from '../features/meetings/meetingPeoplePolicy';
import { threadPostsPolicy } from '../features/thread/postPages';
import introspection from '../gql/possibleTypes';

// Values without an id that belong to their parent: a newer answer merges into the stored one
// instead of replacing it (and warning about lost fields) when two queries select different fields.
const mergedValue = { keyFields: false, merge: true } as const;

// One cache shape for the app and for component tests, so "load more" and live updates are tested
// against the same merge rules they run with.
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Union and interface members (e.g. `SearchResult` hits), so fragments on them match from the
    // cache; generated from server/schema.graphql by `pnpm codegen`.
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // Each filter is its own list; `first`/`after` only page through it.
          experts: relayStylePagination(['filter']),
          meetings: relayStylePagination(['when', 'level', 'countryCode', 'municipalityId']),
          organisations: relayStylePagination(['filter']),
          // Keyed by page size: the directory follows the feed through a one-entry window (its cursor) that must
          // not replace the home page's list.
          networkActivity: relayStylePagination(['first']),
          invitations: relayStylePagination(['status']),
          members: relayStylePagination(['filter']),
          auditEvents: relayStylePagination(['filter']),
          resources: relayStylePagination(['filter']),
          preventionActivities: relayStylePagination(['filter']),
          // `networkStats` has no id: replace it whole on every fetch.
          networkStats: { merge: false },
          mySessions: { merge: false },
        },
      },
      Organisation: {
        fields: { experts: relayStylePagination() },
      },
      // Each post once, in order, however pages, live events and replays after a reconnect overlap.
      ThreadPage: { fields: { posts: threadPostsPolicy } },
      PostPermissions: mergedValue,
      ThreadPermissions: mergedValue,
      // Each filter combination is its own list of threads; live events reorder the first page (features/forum).
      Forum: {
        fields: {
          threads: relayStylePagination(['tag', 'solved', 'unanswered']),
          // A command's answer is the whole list as it now is.
          moderators: { merge: false },
          members: { merge: false },
        },
      },
      Meeting: { fields: { hosts: meetingPeoplePolicy, participants: meetingPeoplePolicy } },
      MeetingPermissions: mergedValue,
      Country: { keyFields: ['code'] },
      // A forum's moderator or member is one account, whichever list names them.
      ForumPerson: { keyFields: ['userId'] },
      // A scope is a value that belongs to its parent, not an entity of its own.
      Scope: { keyFields: false },
      ViewerPermissions: mergedValue,
      PreventionPermissions: mergedValue,
      ExpertPermissions: mergedValue,
      ExpertContacts: mergedValue,
      ContactVisibilitySettings: mergedValue,
      InvitationPermissions: mergedValue,
      ForumPermissions: mergedValue,
    },
  });
}
