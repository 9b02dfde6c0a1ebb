import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExpertFilters } from '../features/experts/ExpertFilters';
import { ExpertList } from '../features/experts/ExpertList';
import { useExpertFilter } from '../features/experts/useExpertFilter';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Experts() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useExpertFilter();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('experts.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('experts.title')}</Title>
        <Text>{t('experts.intro')}</Text>
      </Stack>
      <ExpertFilters values={values} update={update} clear={clear} active={active} />
      <ExpertList filter={filter} filtersActive={active} onClearFilters={clear} />
    </Stack>
  );
}
