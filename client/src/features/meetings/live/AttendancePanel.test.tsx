import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { useMeetingStrings } from '../meetingStrings';
import { AttendancePanel } from './AttendancePanel';
import type { LiveState } from './liveStateReducer';
import { CheckInMutation } from './meetingLiveDocuments';

function WithStrings({ children }: { children: ReactNode }) {
  useMeetingStrings();
  return children;
}

const lv = { __typename: 'MeetingPerson' as const, userId: 'u-lv', name: 'Ilze Ozola', countryCode: 'LV' };

function liveState(): LiveState {
  return {
    __typename: 'MeetingLiveState',
    meetingId: 'm1',
    sequence: 4,
    status: 'LIVE',
    startsAt: null,
    endsAt: null,
    timeZone: 'Europe/Riga',
    readAt: '2027-02-02T08:00:00.000Z',
    agenda: { __typename: 'MeetingAgenda', version: 0, items: [], nowDiscussing: null },
    speakerQueue: { __typename: 'SpeakerQueue', balanced: false, viewerRequestId: null, speaking: null, waiting: [], turnsByCountry: [] },
    attendance: {
      __typename: 'MeetingAttendance',
      presentCount: 1,
      attendedCount: 1,
      viewerPresent: false,
      present: [{ __typename: 'Attendee', inPerson: false, checkedInAt: '2027-02-02T08:00:00.000Z', person: lv }],
      byCountry: [
        { __typename: 'CountryAttendance', countryCode: 'LV', present: 1, expected: 1, attended: 1 },
        { __typename: 'CountryAttendance', countryCode: 'PL', present: 0, expected: 2, attended: 0 },
      ],
    },
  };
}

describe('AttendancePanel', () => {
  it('counts who is here per country and lets a host check in an accepted participant in the room', async () => {
    let sent = false;
    const checkIn = {
      request: { query: CheckInMutation, variables: { input: { meetingId: 'm1', userId: 'u-pl', inPerson: true } } },
      result: () => {
        sent = true;
        return { data: { checkInToMeeting: { __typename: 'Meeting' as const, id: 'm1', liveState: null } } };
      },
    };
    renderRoute(
      <WithStrings>
        <AttendancePanel
          state={liveState()}
          takingPart
          participants={[
            { userId: 'u-lv', name: 'Ilze Ozola', status: 'ACCEPTED' },
            { userId: 'u-pl', name: 'Jan Nowak', status: 'ACCEPTED' },
            { userId: 'u-no', name: 'Kari Nordmann', status: 'DECLINED' },
          ]}
        />
      </WithStrings>,
      { mocks: [checkIn] },
    );
    const table = await screen.findByRole('table', { name: 'Attendance by country' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Latvia11', 'Poland02']);
    expect(screen.getByText('1 here now')).toBeInTheDocument();
    // Only the accepted who are not here yet can be checked in by the host.
    expect(screen.queryByRole('button', { name: 'Check in Ilze Ozola (in the room)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check in Kari Nordmann (in the room)' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check in Jan Nowak (in the room)' }));
    await waitFor(() => expect(sent).toBe(true));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
