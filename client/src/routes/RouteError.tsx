import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useRouteError } from 'react-router';
import { DocumentTitle } from '../ui/DocumentTitle';

// A page failed to load or render, most often a chunk of an older deployment: a full page load
// (a plain link, not a client-side navigation) fetches the current one. Kept light on purpose:
// it ships in the entry chunk.
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  if (import.meta.env.DEV) console.error(error);
  return (
    <Stack gap="md" align="flex-start">
      <DocumentTitle page={t('errors.pageTitle')} />
      <Title order={1}>{t('errors.pageTitle')}</Title>
      <Text>{t('errors.pageFailed')}</Text>
      <Anchor href={`${location.pathname}${location.search}`}>{t('errors.reload')}</Anchor>
    </Stack>
  );
}
