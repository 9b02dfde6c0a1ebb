import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MunicipalityPage } from '../features/pathways/MunicipalityPage';
import { usePathwayStrings } from '../features/pathways/pathwayStrings';

export function Municipality() {
  usePathwayStrings();
  const { id = '' } = useParams();
  return <RequireViewer visitors>{(viewer) => <MunicipalityPage key={id} id={id} member={viewer !== null} />}</RequireViewer>;
}
