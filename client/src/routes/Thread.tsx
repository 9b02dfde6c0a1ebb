import { useParams } from 'react-router';
import { ThreadView } from '../features/thread/ThreadView';
import { useThreadStrings } from '../features/thread/threadStrings';

export function Thread() {
  useThreadStrings();
  const { id = '' } = useParams();
  // A new thread is a new page: its reply box, draft and live feed start afresh.
  return <ThreadView key={id} threadId={id} />;
}
