import type { LoaderFunctionArgs } from 'react-router';
import { apolloClient } from '../../app/client';
import { MeetingDetailQuery } from './meetingDocuments';

/**
 * The meeting page's route loader: asks for the meeting as soon as the route matches, beside the viewer query,
 * instead of after it (RequireViewer renders the page only once it knows the reader). The page's own query then
 * finds the answer in the cache, or joins the request in flight. It returns at once: the page renders as before,
 * and a failed answer is the page's to report (its own query asks again). The server checks access either way.
 */
export function meetingLoader({ params }: LoaderFunctionArgs): null {
  if (params.id) void apolloClient.query({ query: MeetingDetailQuery, variables: { id: params.id } }).catch(() => undefined);
  return null;
}
