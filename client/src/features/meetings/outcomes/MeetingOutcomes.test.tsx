import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { useMeetingStrings } from '../meetingStrings';
import { MeetingOutcomes } from './MeetingOutcomes';
import { MeetingOutcomeEventsSubscription, MeetingOutcomesQuery, VotePollMutation } from './outcomeDocuments';

const poll = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'MeetingPoll' as const,
  id: 'poll-1',
  question: 'Adopt the checklist?',
  status: 'OPEN',
  multiple: false,
  anonymous: true,
  voterCount: 2,
  viewerChoice: [] as string[],
  options: [
    { __typename: 'MeetingPollOption' as const, id: 'yes', label: 'Yes', votes: 2 },
    { __typename: 'MeetingPollOption' as const, id: 'no', label: 'No', votes: 0 },
  ],
  voters: [],
  ...overrides,
});

const outcomes = (can: { run: boolean; takePart: boolean }, polls = [poll()]) => ({
  request: { query: MeetingOutcomesQuery, variables: { id: 'm1' } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting' as const,
        id: 'm1',
        status: 'LIVE',
        lastEventSequence: 7,
        viewerCanOutcomes: { __typename: 'MeetingOutcomePermissions' as const, ...can },
        hosts: [{ __typename: 'MeetingHost' as const, userId: 'u-host', name: 'Mara Moderator' }],
        participants: [{ __typename: 'MeetingParticipant' as const, userId: 'u-pl', name: 'Piotr Member', status: 'ACCEPTED' }],
        polls,
        questions: [],
        notes: [
          {
            __typename: 'MeetingNote' as const,
            id: 'n1',
            kind: 'DECISION',
            text: 'Adopt the checklist',
            createdAt: '2026-10-14T10:00:00.000Z',
          },
        ],
        actionItems: [],
      },
    },
  },
});

// The live stream never delivers here: the page shows what the query returned.
const quiet = {
  request: { query: MeetingOutcomeEventsSubscription, variables: { meetingId: 'm1', after: 7 } },
  result: {},
  delay: Infinity,
};

function Outcomes() {
  useMeetingStrings();
  return <MeetingOutcomes meetingId="m1" />;
}

describe('MeetingOutcomes', () => {
  it('shows an anonymous poll’s counts and takes a participant’s ballot', async () => {
    const voted = poll({ voterCount: 3, viewerChoice: ['no'], options: [poll().options[0], { ...poll().options[1], votes: 1 }] });
    renderRoute(<Outcomes />, {
      mocks: [
        outcomes({ run: false, takePart: true }),
        quiet,
        {
          request: { query: VotePollMutation, variables: { input: { pollId: 'poll-1', optionIds: ['no'] } } },
          result: { data: { voteMeetingPoll: voted } },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Adopt the checklist?' });
    expect(within(card).getByText('Yes: 2 votes')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Open the poll' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes and decisions' })).toHaveTextContent('DecisionAdopt the checklist');
    await userEvent.click(within(card).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Vote' }));
    expect(await within(card).findByText('You voted.')).toBeInTheDocument();
    expect(within(card).getByText('No: 1 vote · Your choice')).toBeInTheDocument();
  });

  it('offers hosts to open a draft and to record, and no ballot to whoever does not take part', async () => {
    renderRoute(<Outcomes />, { mocks: [outcomes({ run: true, takePart: false }, [poll({ status: 'DRAFT', voterCount: 0 })]), quiet] });
    const card = await screen.findByRole('article', { name: 'Adopt the checklist?' });
    expect(within(card).getByRole('button', { name: 'Open the poll' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Vote' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prepare the poll' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveTextContent('Piotr Member');
    expect(screen.queryByRole('textbox', { name: 'Your question' })).not.toBeInTheDocument();
  });
});
