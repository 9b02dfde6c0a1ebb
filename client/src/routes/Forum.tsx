import { useParams } from 'react-router';
import { ForumView } from '../features/forum/ForumView';

export function Forum() {
  const { slug = '' } = useParams();
  // Keyed: another forum starts with its own filters' form, subscription and visit.
  return <ForumView key={slug} slug={slug} />;
}
