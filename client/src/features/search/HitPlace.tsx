import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Stands for the municipality's name in the translated place, to find where the link goes (private use: never in a name). */
const MARK = '\uE000';

// "Liepāja, Latvia" with the municipality's name leading to its page (/m/:id), in the order the translation gives.
// Not react-i18next's `Trans`: the framework chunk gathers every react-i18next module used anywhere, so `Trans` would
// weigh on every page's first load.
export function HitPlace({ municipality, country }: { municipality: { id: string; name: string }; country: string }) {
  const { t } = useTranslation();
  const [before = '', after = ''] = t('place.local', { municipality: MARK, country }).split(MARK);
  return (
    <>
      {before}
      <Anchor component={Link} to={`/m/${municipality.id}`} inherit>
        {municipality.name}
      </Anchor>
      {after}
    </>
  );
}
