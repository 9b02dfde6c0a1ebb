import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail_MeetingFragment } from '../../gql/graphql';
import { FactList } from '../../ui/FactList';
import { FormAlert } from '../../ui/FormAlert';
import { MeetingTime } from './MeetingTime';
import { useCountryName } from '../../ui/useCountryName';

/** The facts of a meeting as a description list; the online link only when the server sends it. */
export function MeetingFacts({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const scope =
    meeting.level === 'REGIONAL'
      ? t('meetings.scope.REGIONAL')
      : meeting.level === 'NATIONAL'
        ? t('meetings.scope.NATIONAL', { country: meeting.countryCode ? countryName(meeting.countryCode) : '' })
        : t('meetings.scope.LOCAL', { place: meeting.municipalityName ?? meeting.countryCode ?? '' });
  const seats =
    meeting.capacity === null || meeting.capacity === undefined
      ? t('meetings.facts.seatsOpen', { accepted: meeting.acceptedCount })
      : t('meetings.facts.seatsOf', { accepted: meeting.acceptedCount, capacity: meeting.capacity });
  let online = null;
  if (meeting.onlineLink) {
    online = (
      <Anchor href={meeting.onlineLink} target="_blank" rel="noreferrer">
        {meeting.onlineLink}
      </Anchor>
    );
  } else if (meeting.hasOnlineLink) online = t('meetings.facts.onlineLater');

  return (
    <>
      {meeting.status === 'CANCELLED' && (
        <FormAlert kind="error">{t('meetings.facts.cancelled', { reason: meeting.cancelReason ?? '' })}</FormAlert>
      )}
      <FactList
        label={t('meetings.facts.label')}
        facts={[
          { key: 'status', label: t('meetings.facts.status'), value: t(`meetings.status.${meeting.status}`) },
          {
            key: 'when',
            label: t('meetings.facts.when'),
            value: <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />,
          },
          { key: 'scope', label: t('meetings.facts.scope'), value: scope },
          { key: 'format', label: t('meetings.facts.format'), value: t(`meetings.format.${meeting.format}`) },
          { key: 'venue', label: t('meetings.facts.venue'), value: meeting.venue },
          { key: 'online', label: t('meetings.facts.online'), value: online },
          {
            key: 'seats',
            label: t('meetings.facts.seats'),
            value: meeting.waitingCount > 0 ? `${seats}; ${t('meetings.facts.waiting', { count: meeting.waitingCount })}` : seats,
          },
          { key: 'hosts', label: t('meetings.facts.hosts'), value: meeting.hosts.map((host) => host.name).join(', ') },
          {
            key: 'you',
            label: t('meetings.rsvp.title'),
            value: meeting.viewerStatus ? t(`meetings.viewerStatus.${meeting.viewerStatus}`) : null,
          },
        ]}
      />
    </>
  );
}
