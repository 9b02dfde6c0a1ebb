import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ListSkeleton({ rows = 5, height = 64 }: { rows?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <Stack component="output" gap="sm" aria-busy="true" data-testid="loading">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={height} radius="sm" />
      ))}
    </Stack>
  );
}
