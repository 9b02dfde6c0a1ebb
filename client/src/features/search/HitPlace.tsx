import { Anchor } from '@mantine/core';
import { Trans } from 'react-i18next';
import { Link } from 'react-router';

// "Liepāja, Latvia" with the municipality's name leading to its page (/m/:id). Kept to the search page's chunk:
// `Trans` would otherwise weigh on every page's first load.
export function HitPlace({ municipality, country }: { municipality: { id: string; name: string }; country: string }) {
  return (
    <Trans
      i18nKey="place.localLinked"
      values={{ municipality: municipality.name, country }}
      components={{ municipality: <Anchor component={Link} to={`/m/${municipality.id}`} inherit /> }}
    />
  );
}
