import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCountryName } from '../../../ui/useCountryName';
import type { LiveState } from './liveStateReducer';
import { CheckInMutation, LeaveMeetingMutation } from './meetingLiveDocuments';
import { useLiveAction } from './useLiveAction';

interface AttendancePanelProps {
  state: LiveState;
  takingPart: boolean;
  /** For hosts: the accepted participants, to check in those in the room. */
  participants: readonly { userId: string; name: string; status: string }[] | null;
}

/** Check-in and leave for oneself, with live counts per country (here now, accepted, attended). */
export function AttendancePanel({ state, takingPart, participants }: AttendancePanelProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const action = useLiveAction();
  const [checkIn] = useMutation(CheckInMutation);
  const [leave] = useMutation(LeaveMeetingMutation);
  const { attendance, meetingId } = state;
  const open = state.status === 'LIVE' || state.status === 'SCHEDULED';
  // Who attended at some point is the record once it has ended; live, the count of who is here is what counts.
  const ended = state.status === 'ENDED';
  const here = new Set(attendance.present.map((attendee) => attendee.person.userId));
  const absent = (participants ?? []).filter((p) => p.status === 'ACCEPTED' && !here.has(p.userId));
  return (
    <Section id="attendance" title={t('meetingLive.attendance.title')}>
      <Text aria-live="polite">
        {t('meetingLive.attendance.present', { count: attendance.presentCount })}
        {ended && ` · ${t('meetingLive.attendance.attended', { count: attendance.attendedCount })}`}
      </Text>
      {open && takingPart && (
        <Group gap="xs">
          {attendance.viewerPresent ? (
            <>
              <Text size="sm">{t('meetingLive.attendance.here')}</Text>
              <Button
                variant="default"
                disabled={action.busy}
                onClick={() => void action.run(() => leave({ variables: { input: { meetingId } } }))}
              >
                {t('meetingLive.attendance.leave')}
              </Button>
            </>
          ) : (
            <>
              <Button
                disabled={action.busy}
                onClick={() => void action.run(() => checkIn({ variables: { input: { meetingId, inPerson: false } } }))}
              >
                {t('meetingLive.attendance.checkIn')}
              </Button>
              <Button
                variant="default"
                disabled={action.busy}
                onClick={() => void action.run(() => checkIn({ variables: { input: { meetingId, inPerson: true } } }))}
              >
                {t('meetingLive.attendance.checkInInPerson')}
              </Button>
            </>
          )}
        </Group>
      )}
      {open && absent.length > 0 && (
        <Group gap="xs">
          {absent.map((participant) => (
            <Button
              key={participant.userId}
              size="xs"
              variant="default"
              disabled={action.busy}
              onClick={() =>
                void action.run(() => checkIn({ variables: { input: { meetingId, userId: participant.userId, inPerson: true } } }))
              }
            >
              {t('meetingLive.attendance.checkInFor', { name: participant.name })}
            </Button>
          ))}
        </Group>
      )}
      {attendance.byCountry.length > 0 && (
        <Table aria-label={t('meetingLive.attendance.tableLabel')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetingLive.attendance.country')}</Table.Th>
              <Table.Th scope="col">{t('meetingLive.attendance.presentColumn')}</Table.Th>
              <Table.Th scope="col">{t('meetingLive.attendance.expectedColumn')}</Table.Th>
              {ended && <Table.Th scope="col">{t('meetingLive.attendance.attendedColumn')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attendance.byCountry.map((row) => (
              <Table.Tr key={row.countryCode ?? ''}>
                <Table.Th scope="row">{row.countryCode ? countryName(row.countryCode) : t('meetingLive.attendance.noCountry')}</Table.Th>
                <Table.Td>{row.present}</Table.Td>
                <Table.Td>{row.expected}</Table.Td>
                {ended && <Table.Td>{row.attended}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {action.error && (
        <Alert color="red" role="alert">
          {action.error}
        </Alert>
      )}
    </Section>
  );
}
