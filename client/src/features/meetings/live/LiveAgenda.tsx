import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { formatLocale } from '../../../ui/useFormat';
import { formatMeetingRange } from '../meetingRange';
import type { LiveState } from './liveStateReducer';

/** The agenda in order, each item's planned times in the reader's zone; the current one marked. */
export function LiveAgenda({ state }: { state: LiveState }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  const currentId = state.agenda.nowDiscussing?.itemId;
  return (
    <Section id="live-agenda" title={t('meetingLive.agenda.title')}>
      {state.agenda.items.length === 0 ? (
        <Text c="dimmed">{t('meetingLive.agenda.empty')}</Text>
      ) : (
        <Stack component="ol" aria-label={t('meetingLive.agenda.listLabel')} gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {state.agenda.items.map((item) => (
            <li key={item.id} aria-current={item.id === currentId ? 'step' : undefined}>
              <Stack
                gap={2}
                p="xs"
                style={{
                  borderLeft: `4px solid ${item.id === currentId ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-gray-3)'}`,
                }}
              >
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text fw={item.id === currentId ? 700 : 500}>
                    {item.position + 1}. {item.title}
                  </Text>
                  {item.id === currentId ? (
                    <Badge color="teal.9">{t('meetingLive.agenda.current')}</Badge>
                  ) : (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('meetingLive.agenda.minutes', { count: item.plannedMinutes })}
                    </Text>
                  )}
                </Group>
                {item.startsAt && (
                  <Text size="sm" c="dimmed">
                    <time dateTime={item.startsAt}>
                      {t('meetingLive.agenda.time', { range: formatMeetingRange(locale, item.startsAt, item.endsAt) })}
                    </time>
                  </Text>
                )}
                {item.presenter && <Text size="sm">{t('meetingLive.agenda.presenter', { name: item.presenter.name })}</Text>}
                {item.links.map((link) => (
                  <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" size="sm">
                    {link.label ?? link.url}
                  </Anchor>
                ))}
              </Stack>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
