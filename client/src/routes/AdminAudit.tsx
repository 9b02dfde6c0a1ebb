import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { AuditFilters } from '../features/admin/AuditFilters';
import { AuditLog } from '../features/admin/AuditLog';
import { auditExportHref, useAuditFilter } from '../features/admin/useAuditFilter';
import { PageHeader } from '../ui/PageHeader';

function Audit() {
  const { t } = useTranslation();
  const { filter, values, update, clear, active } = useAuditFilter();
  return (
    <>
      <AuditFilters values={values} update={update} clear={clear} active={active} />
      <Group>
        <Button component="a" href={auditExportHref(filter)} download variant="outline">
          {t('admin.audit.export')}
        </Button>
      </Group>
      <AuditLog filter={filter} />
    </>
  );
}

export function AdminAudit() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <RequireViewer signInMessage={t('admin.signIn')} permission="administer">
        {() => <Audit />}
      </RequireViewer>
    </Stack>
  );
}
