import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute, searchOf } from '../../test/render';
import { MeetingList } from './MeetingList';
import { MeetingCountriesQuery, MeetingListQuery } from './meetingDocuments';
import { useMeetingStrings } from './meetingStrings';
import { summaryNode } from './meetingTestData';

function WithStrings({ children }: { children: ReactNode }) {
  useMeetingStrings();
  return children;
}

const countries = {
  request: { query: MeetingCountriesQuery },
  result: { data: { countries: [{ __typename: 'Country', code: 'LV', name: 'Latvia' }] } },
};

function page(variables: Record<string, unknown>, nodes: ReturnType<typeof summaryNode>[], hasNextPage = false, totalCount = nodes.length) {
  return {
    request: { query: MeetingListQuery, variables: { when: 'UPCOMING', level: null, countryCode: null, first: 20, ...variables } },
    result: {
      data: {
        meetings: {
          __typename: 'MeetingConnection',
          totalCount,
          edges: nodes.map((node) => ({ __typename: 'MeetingEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1) ? `c-${nodes.at(-1)!.id}` : null },
        },
      },
    },
  };
}

const render = (url: string, mocks: readonly MockLink.MockedResponse[]) =>
  renderRoute(
    <WithStrings>
      <MeetingList />
    </WithStrings>,
    { path: '/meetings', url, mocks: [countries, ...mocks] },
  );

describe('MeetingList', () => {
  it('shows each upcoming meeting with its time in both zones, format, status and the reader’s answer, and loads more', async () => {
    const user = userEvent.setup();
    render('/meetings', [
      page(
        {},
        [summaryNode('m1', 'Rīga local cooperation group', { level: 'LOCAL', municipalityName: 'Riga', viewerStatus: 'ACCEPTED' })],
        true,
        2,
      ),
      page({ after: 'c-m1' }, [
        summaryNode('m2', 'Latvia: national round table', { level: 'NATIONAL', countryCode: 'LV', format: 'IN_PERSON' }),
      ]),
    ]);
    const list = await screen.findByRole('list', { name: 'Meetings' });
    const [first] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'Rīga local cooperation group' })).toHaveAttribute('href', '/meetings/m1');
    expect(first).toHaveTextContent(/9 Mar 2027, 10:00\s?–\s?12:00 in Europe\/Riga/);
    expect(first).toHaveTextContent('(your time)');
    expect(first).toHaveTextContent('Hybrid');
    expect(first).toHaveTextContent('Scheduled');
    expect(first).toHaveTextContent('Local · Riga');
    expect(first).toHaveTextContent('You are going');

    await user.click(screen.getByRole('button', { name: /load more/i }));
    expect(await within(list).findByRole('link', { name: 'Latvia: national round table' })).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('In person');
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('National · Latvia');
  });

  it('keeps the tab and the scope filters in the URL, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { router } = render('/meetings', [
      page({}, [summaryNode('m1', 'Regional expert group meeting (spring)')]),
      page({ when: 'PAST' }, [summaryNode('m0', 'Regional expert group meeting', { status: 'ENDED' })]),
      page({ when: 'PAST', level: 'NATIONAL' }, []),
    ]);
    await screen.findByRole('link', { name: 'Regional expert group meeting (spring)' });
    await user.click(screen.getByRole('tab', { name: 'Past' }));
    expect(await screen.findByRole('link', { name: 'Regional expert group meeting' })).toBeInTheDocument();
    expect(searchOf(router)).toEqual({ when: 'PAST' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'NATIONAL');
    expect(await screen.findByText('No past meetings here.')).toBeInTheDocument();
    expect(searchOf(router)).toEqual({ when: 'PAST', level: 'NATIONAL' });
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveAttribute('aria-selected', 'true');
  });

  it('offers a retry when the list fails to load', async () => {
    render('/meetings?when=MINE', [
      {
        request: { query: MeetingListQuery, variables: { when: 'MINE', level: null, countryCode: null, first: 20 } },
        error: new Error('offline'),
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mine' })).toHaveAttribute('aria-selected', 'true');
  });
});
