import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail_MeetingFragment } from '../../gql/graphql';
import { Section } from '../../ui/Section';
import { ParticipantActions } from './ParticipantActions';
import { useCountryName } from '../../ui/useCountryName';

type Participant = MeetingDetail_MeetingFragment['participants'][number];

/**
 * Who is invited, grouped by the country they work in (the server sends them by country, then name); hosts may
 * make a participant a co-host (or no longer one) or remove them.
 */
export function MeetingParticipants({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const { participants, invitedCount, viewerCan } = meeting;
  const hostIds = new Set(meeting.hosts.map((host) => host.userId));
  const countryName = useCountryName();
  const byCountry = new Map<string, Participant[]>();
  for (const participant of participants) {
    const group = byCountry.get(participant.countryCode) ?? [];
    group.push(participant);
    byCountry.set(participant.countryCode, group);
  }
  return (
    <Section id="meeting-participants" title={t('meetings.participants.title')}>
      {participants.length === 0 ? (
        <Text>{t('meetings.participants.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('meetings.participants.count', { count: invitedCount })}</Text>
          {[...byCountry].map(([country, people]) => (
            <Stack key={country} gap={4}>
              <Title order={3} size="h5" id={`meeting-participants-${country}`}>
                {countryName(country)}
              </Title>
              <List aria-labelledby={`meeting-participants-${country}`} listStyleType="none" spacing={2}>
                {people.map((person) => (
                  <List.Item key={person.userId}>
                    <Stack gap={4}>
                      <Text>
                        {person.name}
                        {person.municipalityName ? `, ${person.municipalityName}` : ''} — {t(`meetings.participantStatus.${person.status}`)}
                        {hostIds.has(person.userId) ? ` · ${t('meetings.participants.host')}` : ''}
                      </Text>
                      <ParticipantActions
                        meetingId={meeting.id}
                        person={person}
                        canRemove={viewerCan.manage}
                        canAppoint={viewerCan.appointHost && person.status !== 'DECLINED' && !hostIds.has(person.userId)}
                        canDemote={viewerCan.appointHost && hostIds.has(person.userId) && hostIds.size > 1}
                      />
                    </Stack>
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}
