import { Group, Stack, Tabs } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level, MeetingWhen } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { FilterSelect } from '../../ui/FilterSelect';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { useFilterParams } from '../directory/useFilterParams';
import { MeetingCard } from './MeetingCard';
import { MeetingCountryFilter } from './MeetingCountryFilter';
import { MeetingListQuery } from './meetingDocuments';

const TABS = ['UPCOMING', 'MINE', 'PAST'] as const satisfies readonly MeetingWhen[];
const LEVELS = ['REGIONAL', 'NATIONAL', 'LOCAL'] as const satisfies readonly Level[];
const PARAMS = ['when', 'level', 'country'] as const;

const tabOf = (value: string | undefined): MeetingWhen => TABS.find((tab) => tab === value) ?? 'UPCOMING';
const levelOf = (value: string | undefined): Level | null => LEVELS.find((level) => level === value) ?? null;

/** Upcoming, the reader's own, or past meetings, narrowed by scope; tab and filters live in the URL. */
export function MeetingList() {
  const { t } = useTranslation();
  const { values, update } = useFilterParams(PARAMS);
  const when = tabOf(values.when);
  const level = levelOf(values.level);
  const levelOptions = useMemo(() => LEVELS.map((value) => ({ value, label: t(`meetings.level.${value}`) })), [t]);
  const list = useConnectionQuery(
    MeetingListQuery,
    { variables: { when, level, countryCode: values.country ?? null, first: PAGE_SIZE_DEFAULT } },
    (data) => data.meetings,
  );
  const filtered = Boolean(values.level ?? values.country);

  return (
    <Tabs value={when} onChange={(next) => update({ when: next === 'UPCOMING' ? undefined : (next ?? undefined) })}>
      <Tabs.List aria-label={t('meetings.tabs.label')}>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`meetings.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {TABS.map((tab) => (
        <Tabs.Panel key={tab} value={tab} pt="md">
          {tab === when && (
            <Stack gap="md">
              <Group align="flex-end" grow preventGrowOverflow={false}>
                <FilterSelect
                  label={t('meetings.filter.level')}
                  anyLabel={t('meetings.filter.anyLevel')}
                  options={levelOptions}
                  value={values.level}
                  onChange={(value) => update({ level: value })}
                />
                <MeetingCountryFilter value={values.country} onChange={(value) => update({ country: value })} />
              </Group>
              <ConnectionList
                label={t('meetings.listLabel')}
                list={list}
                renderNode={(node) => <MeetingCard meeting={node} />}
                emptyMessage={t(`meetings.empty.${when}`)}
                onClearFilters={filtered ? () => update({ level: undefined, country: undefined }) : undefined}
              />
            </Stack>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
