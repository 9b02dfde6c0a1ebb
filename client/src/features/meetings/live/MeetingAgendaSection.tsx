import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../ui/ListSkeleton';
import { ErrorState } from '../../../ui/ErrorState';
import { Section } from '../../../ui/Section';
import { formatLocale } from '../../../ui/useFormat';
import { formatMeetingRange } from '../meetingRange';
import { MeetingAgendaQuery } from './agendaDocuments';

// Only the hosts of an open meeting edit the agenda: its editor (number inputs, selects, confirmations) loads for
// them, not with every reader's meeting page.
const AgendaEditor = lazy(async () => ({ default: (await import('./AgendaEditor')).AgendaEditor }));

/** The agenda on a meeting's page: read by everyone who sees it, edited by its hosts; and the way to the live view. */
export function MeetingAgendaSection({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingAgendaQuery, { variables: { id: meetingId } });
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  const meeting = data?.meeting;
  const body = () => {
    if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton />;
    if (!meeting) return null;
    const open = meeting.status === 'DRAFT' || meeting.status === 'SCHEDULED' || meeting.status === 'LIVE';
    if (meeting.viewerCan.manage && open) {
      const people = [
        ...meeting.hosts,
        ...meeting.participants.filter((p) => p.status !== 'DECLINED' && !meeting.hosts.some((h) => h.userId === p.userId)),
      ];
      return (
        <Suspense fallback={<ListSkeleton />}>
          <AgendaEditor
            // A new version (saved here or by another host) restarts the editor from the server's agenda.
            key={meeting.agenda.version}
            meetingId={meeting.id}
            version={meeting.agenda.version}
            people={people}
            onConflict={() => refetch()}
            initial={meeting.agenda.items.map((item) => ({
              id: item.id,
              title: item.title,
              plannedMinutes: item.plannedMinutes,
              presenterId: item.presenter?.userId ?? '',
              link: item.links[0]?.url ?? '',
            }))}
          />
        </Suspense>
      );
    }
    if (meeting.agenda.items.length === 0) return <Text c="dimmed">{t('meetingLive.agenda.empty')}</Text>;
    return (
      <Stack component="ol" gap="xs" pl="lg" m={0}>
        {meeting.agenda.items.map((item) => (
          <li key={item.id}>
            <Text fw={500}>{item.title}</Text>
            <Text size="sm" c="dimmed">
              {item.startsAt
                ? t('meetingLive.agenda.time', { range: formatMeetingRange(locale, item.startsAt, item.endsAt) })
                : t('meetingLive.agenda.minutes', { count: item.plannedMinutes })}
            </Text>
            {item.presenter && <Text size="sm">{t('meetingLive.agenda.presenter', { name: item.presenter.name })}</Text>}
          </li>
        ))}
      </Stack>
    );
  };
  return (
    <Section id="meeting-agenda" title={t('meetingLive.agendaEditor.title')}>
      {meeting && meeting.status !== 'CANCELLED' && (
        <Anchor component={Link} to={`/meetings/${meetingId}/live`}>
          {t('meetingLive.openLive')}
        </Anchor>
      )}
      {body()}
    </Section>
  );
}
