import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import {
  MeetingAnswerSlotsMutation,
  MeetingCreateCalendarFeedMutation,
  MeetingDetailQuery,
  MeetingRsvpMutation,
  RemoveMeetingParticipantMutation,
} from './meetingDocuments';
import { MeetingPage } from './MeetingPage';
import { useMeetingStrings } from './meetingStrings';
import { detailNode } from './meetingTestData';

function WithStrings({ children }: { children: ReactNode }) {
  useMeetingStrings();
  return children;
}

const detail = (meeting: ReturnType<typeof detailNode> | null) => ({
  request: { query: MeetingDetailQuery, variables: { id: 'meeting-spring' } },
  result: { data: { meeting, calendarFeedCreatedAt: null } },
});

const render = (mocks: readonly MockLink.MockedResponse[]) =>
  renderRoute(
    <WithStrings>
      <MeetingPage id="meeting-spring" />
    </WithStrings>,
    { mocks },
  );

const rsvp = (answer: string, note: string | null) => ({
  query: MeetingRsvpMutation,
  variables: { input: { meetingId: 'meeting-spring', answer, note, confirmations: [] } },
});

describe('MeetingPage', () => {
  it('shows the facts, participants by country and the calendar file, and no online link the server kept back', async () => {
    render([detail(detailNode())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Regional expert group meeting (spring)' })).toBeInTheDocument();
    const facts = screen.getByLabelText('About this meeting');
    expect(facts).toHaveTextContent('Date being decided');
    expect(facts).toHaveTextContent('Baltic Sea Region');
    expect(facts).toHaveTextContent('Sent to those with a seat');
    expect(facts).toHaveTextContent('0 of 40 taken');
    expect(facts).toHaveTextContent('Mara Moderator');
    expect(screen.queryByRole('link', { name: /meet\./ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Poland' })).getByRole('listitem')).toHaveTextContent('Piotr Member, Gdańsk — invited');
    expect(within(screen.getByRole('list', { name: 'Lithuania' })).getByRole('listitem')).toHaveTextContent('Lina Coordinator — invited');
    expect(screen.getByRole('link', { name: 'Add to your calendar (.ics)' })).toHaveAttribute(
      'href',
      '/calendar/meeting/meeting-spring.ics',
    );
  });

  it('lets a host remove a participant once asked, and offers to make them a co-host', async () => {
    const hosting = detailNode({
      viewerCan: { __typename: 'MeetingPermissions', manage: true, rsvp: false, answerDatePoll: false, appointHost: true },
    });
    const without = { ...hosting, invitedCount: 1, participants: hosting.participants.filter((p) => p.userId !== 'u-pl') };
    render([
      detail(hosting),
      {
        request: { query: RemoveMeetingParticipantMutation, variables: { input: { meetingId: 'meeting-spring', userId: 'u-pl' } } },
        result: { data: { removeMeetingParticipant: without } },
      },
    ]);
    const poland = await screen.findByRole('list', { name: 'Poland' });
    expect(within(poland).getByRole('button', { name: 'Make Piotr Member a co-host' })).toBeInTheDocument();
    await userEvent.click(within(poland).getByRole('button', { name: 'Remove Piotr Member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Piotr Member' });
    expect(dialog).toHaveTextContent('Their seat goes to the first on the waiting list');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Poland' })).not.toBeInTheDocument());
    expect(screen.getByText('1 invited')).toBeInTheDocument();
  });

  it('shows no host actions to a participant', async () => {
    render([detail(detailNode())]);
    const poland = await screen.findByRole('list', { name: 'Poland' });
    expect(within(poland).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the online link to an accepted participant', async () => {
    const link = 'https://meet.strom.invalid/regional-expert-group-spring';
    render([detail(detailNode({ viewerStatus: 'ACCEPTED', onlineLink: link, acceptedCount: 1 }))]);
    expect(await screen.findByRole('link', { name: link })).toHaveAttribute('href', link);
  });

  it('answers the date poll slot by slot, asking for every slot first', async () => {
    const user = userEvent.setup();
    const answered = detailNode({
      dateSlots: detailNode().dateSlots.map((slot, i) => ({
        ...slot,
        viewerAnswer: i === 0 ? 'YES' : 'IF_NEED_BE',
        yes: slot.yes + (i === 0 ? 1 : 0),
      })),
    });
    render([
      detail(detailNode()),
      {
        request: {
          query: MeetingAnswerSlotsMutation,
          variables: {
            input: {
              meetingId: 'meeting-spring',
              answers: [
                { slotId: 'slot-1', answer: 'YES' },
                { slotId: 'slot-2', answer: 'IF_NEED_BE' },
              ],
            },
          },
        },
        result: { data: { answerMeetingSlots: answered } },
      },
    ]);
    const poll = await screen.findByRole('region', { name: 'Date poll' });
    expect(poll).toHaveTextContent(/9 Mar 2027, 10:00\s?–\s?12:00 in Europe\/Riga/);
    expect(within(poll).getByText('Best so far')).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Your answer for slot 1' })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(poll).getByRole('button', { name: 'Send date poll answers' }));
    expect(within(poll).getByRole('alert')).toHaveTextContent('Answer every proposed time first.');

    await user.click(within(screen.getByRole('radiogroup', { name: 'Your answer for slot 2' })).getByRole('radio', { name: 'If need be' }));
    await user.click(within(poll).getByRole('button', { name: 'Send date poll answers' }));
    expect(await within(poll).findByRole('status')).toHaveTextContent('Date poll answers sent.');
    expect(poll).toHaveTextContent('2 yes, 1 if need be, 0 no');
  });

  it('sends the RSVP with its note and confirms it, or says why it failed', async () => {
    const user = userEvent.setup();
    render([
      detail(detailNode()),
      {
        request: rsvp('NO', null),
        result: { errors: [{ message: 'This meeting was cancelled', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
      {
        request: rsvp('YES', 'Joining from Gdańsk'),
        result: { data: { rsvpMeeting: detailNode({ viewerStatus: 'ACCEPTED', acceptedCount: 1 }) } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Your answer' });
    const send = within(section).getByRole('button', { name: 'Send answer' });
    expect(send).toBeDisabled();
    await user.click(within(section).getByRole('radio', { name: 'No' }));
    await user.click(send);
    expect(await within(section).findByRole('alert')).toHaveTextContent(/cancelled/);

    await user.click(within(section).getByRole('radio', { name: 'Yes' }));
    await user.type(within(section).getByRole('textbox', { name: 'Note to the hosts (optional)' }), 'Joining from Gdańsk');
    await user.click(send);
    expect(await within(section).findByRole('status')).toHaveTextContent('Answer sent: You are going.');
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds the RSVP back while its note may hold a victim’s personal data', async () => {
    const user = userEvent.setup();
    render([detail(detailNode())]);
    const section = await screen.findByRole('region', { name: 'Your answer' });
    await user.click(within(section).getByRole('radio', { name: 'Yes' }));
    await user.type(within(section).getByRole('textbox', { name: 'Note to the hosts (optional)' }), 'She gave her PESEL 44051401359.');
    expect(await within(section).findByRole('list', { name: "Victims' personal data" })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Send answer' })).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Remove “44051401359” from the text' }));
    expect(within(section).getByRole('textbox', { name: 'Note to the hosts (optional)' })).toHaveValue('She gave her PESEL.');
    // The guardrail checks again after a pause in typing.
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Send answer' })).toBeEnabled());
  });

  it('makes a personal calendar feed address and shows it once', async () => {
    const user = userEvent.setup();
    const url = 'https://strom.invalid/calendar/feed/secret-token.ics';
    render([
      detail(detailNode()),
      {
        request: { query: MeetingCreateCalendarFeedMutation },
        result: { data: { createCalendarFeed: { __typename: 'CalendarFeedLink', createdAt: '2026-12-06T10:00:00.000Z', url } } },
      },
    ]);
    const calendar = await screen.findByRole('region', { name: 'Calendar' });
    await user.click(within(calendar).getByRole('button', { name: 'Make a personal feed address' }));
    expect(await within(calendar).findByText(url)).toBeInTheDocument();
    expect(within(calendar).queryByRole('button', { name: 'Make a personal feed address' })).not.toBeInTheDocument();
  });

  it('says so when the meeting does not exist or is hidden', async () => {
    render([detail(null)]);
    expect(await screen.findByText('This meeting does not exist, or you may not see it.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All meetings' })).toHaveAttribute('href', '/meetings');
  });
});
