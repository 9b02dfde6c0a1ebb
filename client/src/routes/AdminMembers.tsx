import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { MemberFilters } from '../features/admin/MemberFilters';
import { MemberList } from '../features/admin/MemberList';
import { PendingInvitations } from '../features/admin/PendingInvitations';
import { useMemberFilter } from '../features/admin/useMemberFilter';
import { PageHeader } from '../ui/PageHeader';

function Members() {
  const { filter, values, update, clear, active } = useMemberFilter();
  return (
    <>
      <MemberFilters values={values} update={update} clear={clear} active={active} />
      {filter.status === 'INVITED' ? <PendingInvitations /> : <MemberList filter={filter} filtersActive={active} onClearFilters={clear} />}
    </>
  );
}

export function AdminMembers() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.members.title')} />
      <RequireViewer signInMessage={t('admin.signIn')} permission="administer">
        {() => <Members />}
      </RequireViewer>
    </Stack>
  );
}
