import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundState } from '../../ui/NotFoundState';

/** A resource that does not exist or is not for the reader, with the way back to the library. */
export function ResourceNotFound() {
  const { t } = useTranslation('library');
  return (
    <NotFoundState title={t('page.notFound')} message={t('page.notFoundMessage')}>
      <Anchor component={Link} to="/library">
        {t('page.back')}
      </Anchor>
    </NotFoundState>
  );
}
