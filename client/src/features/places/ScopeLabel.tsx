import { useTranslation } from 'react-i18next';
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

// "Liepāja, Latvia" · "Latvia (national)" · "Baltic Sea Region": where a scope applies, in words.
export function ScopeLabel({ scope }: { scope: FragmentType<typeof ScopeLabelFragment> }) {
  const { t } = useTranslation();
  const { level, country, municipality } = getFragmentData(ScopeLabelFragment, scope);
  if (level === 'LOCAL' && municipality) {
    return <>{t('place.local', { municipality: municipality.name, country: country?.name ?? '' })}</>;
  }
  if (level === 'NATIONAL' && country) return <>{t('place.national', { country: country.name })}</>;
  return <>{t('place.regional')}</>;
}
