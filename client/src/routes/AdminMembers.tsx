import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { MemberFilters } from '../features/admin/MemberFilters';
import { MemberList } from '../features/admin/MemberList';
import { useMemberFilter } from '../features/admin/useMemberFilter';
import { DocumentTitle } from '../ui/DocumentTitle';

function Members() {
  const { filter, values, update, clear, active } = useMemberFilter();
  return (
    <>
      <MemberFilters values={values} update={update} clear={clear} active={active} />
      <MemberList filter={filter} filtersActive={active} onClearFilters={clear} />
    </>
  );
}

export function AdminMembers() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('admin.members.title')} />
      <Title order={1}>{t('admin.members.title')}</Title>
      <RequireViewer signInMessage={t('admin.signIn')} permission="administer">
        {() => <Members />}
      </RequireViewer>
    </Stack>
  );
}
