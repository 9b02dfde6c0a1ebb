import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import type { FilterValues } from '../directory/useFilterParams';
import type { AuditFilterParam } from './useAuditFilter';

interface AuditFiltersProps {
  values: FilterValues<AuditFilterParam>;
  update: (changes: FilterValues<AuditFilterParam>) => void;
  clear: () => void;
  active: boolean;
}

export function AuditFilters({ values, update, clear, active }: AuditFiltersProps) {
  const { t } = useTranslation();
  return (
    <search aria-label={t('admin.audit.filtersLabel')}>
      <form onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
          <FilterSelect
            label={t('admin.audit.action')}
            anyLabel={t('admin.audit.anyAction')}
            options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`admin.audit.actions.${action}`) }))}
            value={values.action}
            onChange={(action) => update({ action })}
          />
          <TextInput
            type="date"
            label={t('admin.audit.from')}
            value={values.from ?? ''}
            max={values.to}
            onChange={(event) => update({ from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('admin.audit.to')}
            value={values.to ?? ''}
            min={values.from}
            onChange={(event) => update({ to: event.currentTarget.value })}
          />
        </SimpleGrid>
        {active && (
          <Group mt="sm">
            <Button variant="subtle" onClick={clear}>
              {t('directory.clearFilters')}
            </Button>
          </Group>
        )}
      </form>
    </search>
  );
}
