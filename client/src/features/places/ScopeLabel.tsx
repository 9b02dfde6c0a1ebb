import { Anchor } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const ScopeLabelFragment = graphql(`
  fragment ScopeLabel_scope on Scope {
    level
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

// "Liepāja, Latvia" · "Latvia (national)" · "Baltic Sea Region": where a scope applies, in words. With
// `linkMunicipality`, the municipality's name leads to its page (/m/:id), as search results do.
export function ScopeLabel({ scope, linkMunicipality = false }: { scope: FragmentType<typeof ScopeLabelFragment>; linkMunicipality?: boolean }) {
  const { t } = useTranslation();
  const { level, country, municipality } = getFragmentData(ScopeLabelFragment, scope);
  if (level === 'LOCAL' && municipality) {
    const values = { municipality: municipality.name, country: country?.name ?? '' };
    if (!linkMunicipality) return <>{t('place.local', values)}</>;
    return (
      <Trans
        i18nKey="place.localLinked"
        values={values}
        components={{ municipality: <Anchor component={Link} to={`/m/${municipality.id}`} inherit /> }}
      />
    );
  }
  if (level === 'NATIONAL' && country) return <>{t('place.national', { country: country.name })}</>;
  return <>{t('place.regional')}</>;
}
