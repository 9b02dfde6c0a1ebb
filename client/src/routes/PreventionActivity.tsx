import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { PreventionActivityView } from '../features/prevention/PreventionActivityView';
import { usePreventionStrings } from '../features/prevention/preventionStrings';

export function PreventionActivity() {
  usePreventionStrings();
  const { id = '' } = useParams();
  // Visitors read the activities shared publicly; the server answers null for the others.
  return <RequireViewer visitors>{(viewer) => <PreventionActivityView key={id} id={id} visitor={viewer === null} />}</RequireViewer>;
}
