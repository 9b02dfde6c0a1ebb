import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack component="output" gap="md" aria-busy="true" data-testid="loading">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={36} width="60%" />
      <Skeleton height={20} width="40%" />
      <Skeleton height={120} />
    </Stack>
  );
}
