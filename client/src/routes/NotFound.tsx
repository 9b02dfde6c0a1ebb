import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../ui/DocumentTitle';
import { NotFoundState } from '../ui/NotFoundState';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('notFound.title')} />
      <NotFoundState title={t('notFound.title')} message={t('notFound.message')}>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </NotFoundState>
    </>
  );
}
