import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ActionPointList } from '../features/admin/ActionPointList';
import { useGuidelineStrings } from '../features/guidelines/guidelineStrings';
import { PageHeader } from '../ui/PageHeader';

/** /admin/action-points */
export function AdminActionPoints() {
  useGuidelineStrings();
  const { t } = useTranslation('guidelines');
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <RequireViewer signInMessage={t('admin.signIn')} permission="administer">
        {() => <ActionPointList />}
      </RequireViewer>
    </Stack>
  );
}
