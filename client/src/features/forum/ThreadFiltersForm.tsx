import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { normaliseTag } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useForumsT } from '../../app/forumStrings';
import type { ThreadFilters } from './threadFilters';

interface ThreadFiltersFormProps {
  filters: ThreadFilters;
  onChange: (filters: ThreadFilters) => void;
}

/** Tag, solved and unanswered: the choices apply at once, the tag when submitted (not on every key). */
export function ThreadFiltersForm({ filters, onChange }: ThreadFiltersFormProps) {
  const { t } = useForumsT();
  const [tag, setTag] = useState(filters.tag ?? '');
  const solved = filters.solved === undefined ? '' : filters.solved ? 'yes' : 'no';
  const applyTag = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseTag(tag);
    setTag(normalised);
    onChange({ ...filters, tag: normalised || undefined });
  };
  return (
    <search aria-label={t('filters.label')}>
      <form onSubmit={applyTag}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('filters.tag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} w={200} />
          <Button type="submit" variant="outline">
            {t('filters.applyTag')}
          </Button>
          <NativeSelect
            label={t('filters.solved')}
            value={solved}
            data={[
              { value: '', label: t('filters.solvedAny') },
              { value: 'yes', label: t('filters.solvedYes') },
              { value: 'no', label: t('filters.solvedNo') },
            ]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ ...filters, solved: value === '' ? undefined : value === 'yes' });
            }}
          />
          <Checkbox
            label={t('filters.unanswered')}
            checked={filters.unanswered ?? false}
            onChange={(e) => onChange({ ...filters, unanswered: e.currentTarget.checked || undefined })}
            mb={8}
          />
        </Group>
      </form>
    </search>
  );
}
