import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PathwayComparePage } from '../features/pathways/PathwayComparePage';
import { usePathwayStrings } from '../features/pathways/pathwayStrings';
import { PageHeader } from '../ui/PageHeader';

/** /pathways/compare?a=…&b=…: two published pathways side by side by NRM stage. */
export function PathwayComparison() {
  usePathwayStrings();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('pathway.compareView.title')} />
      <PathwayComparePage />
    </Stack>
  );
}
