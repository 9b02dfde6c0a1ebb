import { useLocation, useParams } from 'react-router';
import { ResourcePage } from '../features/library/ResourcePage';
import { useLibraryStrings } from '../features/library/libraryStrings';

export function LibraryResource() {
  useLibraryStrings();
  const { id = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return <ResourcePage key={id} id={id} notice={notice} />;
}
