import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Stands in for a page while its code loads. It is at least a screen tall: the page that replaces it fills the
 * screen, and a short placeholder would let the footer show and then jump away (a layout shift, CLS).
 */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack component="output" gap="md" aria-busy="true" data-testid="loading" mih="100vh">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={36} width="60%" />
      <Skeleton height={20} width="40%" />
      <Skeleton height={120} />
    </Stack>
  );
}
