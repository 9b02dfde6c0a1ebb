import { Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkerIcon } from './MarkerShape';
import classes from './RegionMap.module.css';
import type { MapPoint } from './RegionMap';
import { matchesName } from './searchName';

interface MarkerListProps {
  points: readonly MapPoint[];
  selectedId?: string | null;
  onSelect: (municipalityId: string) => void;
}

// The map's points as a list of buttons: what a keyboard, a screen reader or a thumb on a phone
// uses instead of aiming at small markers. Typing narrows it; diacritics are optional ("Liepaja").
export function MarkerList({ points, selectedId, onSelect }: MarkerListProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    return points.toSorted((a, b) => collator.compare(a.name, b.name));
  }, [points, i18n.resolvedLanguage]);
  const shown = useMemo(() => sorted.filter((point) => matchesName(point.name, query)), [sorted, query]);

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('map.list.search')}
        value={query}
        maxLength={100}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <Text component="output" size="sm" c="dimmed">
        {shown.length === 0 && query.trim() ? t('map.list.none', { query: query.trim() }) : t('map.list.count', { count: shown.length })}
      </Text>
      {shown.length > 0 && (
        <ul className={classes.list} aria-label={t('map.list.label')}>
          {shown.map((point) => (
            <li key={point.municipalityId}>
              <button
                type="button"
                className={classes.item}
                aria-current={point.municipalityId === selectedId ? 'true' : undefined}
                onClick={() => onSelect(point.municipalityId)}
              >
                <MarkerIcon symbol={point.symbol} />
                <span>{point.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
