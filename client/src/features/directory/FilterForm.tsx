import { Button, CloseButton, Group, Pill, SimpleGrid, Stack } from '@mantine/core';
import { SEARCH_TEXT_MAX } from '@strom/shared';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../ui/SearchInput';
import type { FilterChip } from './filterChips';
import classes from './FilterForm.module.css';

interface FilterFormProps {
  label: string;
  searchDescription: string;
  text: string;
  onTextChange: (text: string) => void;
  active: boolean;
  onClear: () => void;
  /** The active filters besides the text, as chips for the folded form on a phone; without them nothing folds. */
  chips?: readonly FilterChip[];
  children: ReactNode;
}

// The frame both directories share: a labelled search landmark, the text box, the selects, "clear".
// On a phone the selects fold behind "Filters (n)" so the first results are on the first screen.
export function FilterForm({ label, searchDescription, text, onTextChange, active, onClear, chips, children }: FilterFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const selectsId = useId();
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
          {chips && (
            <Group gap="xs" hiddenFrom="sm">
              <Button variant="outline" size="sm" aria-expanded={open} aria-controls={selectsId} onClick={() => setOpen(!open)}>
                {t('directory.filtersToggle', { count: chips.length })}
              </Button>
              {!open &&
                chips.map((chip) => (
                  <Pill key={chip.key} size="md" className={classes.chip}>
                    {chip.label}
                    <CloseButton size="xs" aria-label={t('directory.removeFilter', { filter: chip.label })} onClick={chip.onRemove} />
                  </Pill>
                ))}
            </Group>
          )}
          <SimpleGrid
            id={selectsId}
            data-open={open || !chips}
            className={classes.selects}
            cols={{ base: 2, md: 4 }}
            spacing="sm"
            verticalSpacing="sm"
          >
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
