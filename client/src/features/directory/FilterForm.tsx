import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { SEARCH_TEXT_MAX } from '@strom/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../ui/SearchInput';

interface FilterFormProps {
  label: string;
  searchDescription: string;
  text: string;
  onTextChange: (text: string) => void;
  active: boolean;
  onClear: () => void;
  children: ReactNode;
}

// The frame both directories share: a labelled search landmark, the text box, the selects, "clear".
export function FilterForm({ label, searchDescription, text, onTextChange, active, onClear, children }: FilterFormProps) {
  const { t } = useTranslation();
  return (
    <search aria-label={label}>
      <form onSubmit={(event) => event.preventDefault()}>
        <Stack gap="sm">
          <SearchInput
            label={t('directory.search')}
            description={searchDescription}
            value={text}
            onChange={onTextChange}
            maxLength={SEARCH_TEXT_MAX}
          />
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
            {children}
          </SimpleGrid>
          {active && (
            <Group>
              <Button variant="subtle" onClick={onClear}>
                {t('directory.clearFilters')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </search>
  );
}
