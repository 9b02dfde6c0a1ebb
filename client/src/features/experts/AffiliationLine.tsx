import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const AffiliationLineFragment = graphql(`
  fragment AffiliationLine_expert on Expert {
    organisation {
      id
      name
    }
    country {
      code
      name
    }
    municipality {
      id
      name
    }
  }
`);

interface AffiliationLineProps {
  expert: FragmentType<typeof AffiliationLineFragment>;
  /** Off where the organisation is already the page's subject. */
  showOrganisation?: boolean;
  /** Off where the whole entry is one link already (a search hit). */
  linkOrganisation?: boolean;
}

// "Liepāja City Social Service · Liepāja, Latvia": where an expert works, as inline text for the
// caller's own line.
export function AffiliationLine({ expert, showOrganisation = true, linkOrganisation = true }: AffiliationLineProps) {
  const { t } = useTranslation();
  const { organisation, country, municipality } = getFragmentData(AffiliationLineFragment, expert);
  const place = municipality ? t('place.local', { municipality: municipality.name, country: country.name }) : country.name;
  if (!showOrganisation) return <>{place}</>;
  return (
    <>
      {linkOrganisation ? (
        <Anchor component={Link} to={`/organisations/${organisation.id}`} inherit>
          {organisation.name}
        </Anchor>
      ) : (
        organisation.name
      )}
      {' · '}
      {place}
    </>
  );
}
