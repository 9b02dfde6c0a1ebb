import { useParams } from 'react-router';
import { ExpertProfile } from '../features/experts/ExpertProfile';

export function Expert() {
  const { id = '' } = useParams();
  // Keyed by id: moving between profiles starts from a clean state, not the previous person's.
  return <ExpertProfile key={id} id={id} />;
}
