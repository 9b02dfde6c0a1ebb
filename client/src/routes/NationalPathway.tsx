import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PathwaySection } from '../features/pathways/PathwaySection';
import { usePathwayStrings } from '../features/pathways/pathwayStrings';
import { PageHeader } from '../ui/PageHeader';

/** /pathways/national/:code: a country's national referral mechanism. */
export function NationalPathway() {
  usePathwayStrings();
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const countryCode = code.toUpperCase();
  return (
    <Stack gap="lg">
      <PageHeader title={t('pathway.nationalTitle', { country: countryCode })} />
      <PathwaySection key={countryCode} place={{ countryCode }} />
    </Stack>
  );
}
