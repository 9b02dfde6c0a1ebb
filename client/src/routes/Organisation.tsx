import { useParams } from 'react-router';
import { OrganisationProfile } from '../features/organisations/OrganisationProfile';

export function Organisation() {
  const { id = '' } = useParams();
  // Keyed by id: moving between organisations starts from a clean state.
  return <OrganisationProfile key={id} id={id} />;
}
