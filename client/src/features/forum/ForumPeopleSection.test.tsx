import { useQuery } from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { ForumPeopleSection } from './ForumPeopleSection';
import { AddForumMembersMutation, EditForumQuery, ForumCandidatesQuery, SetForumModeratorsMutation } from './forumDocuments';

const anna = { __typename: 'ForumPerson' as const, userId: 'u-anna', name: 'Anna Ozola', organisationName: 'State Police' };
const carl = { __typename: 'ForumPerson' as const, userId: 'u-carl', name: 'Carl Berg', organisationName: null };
type Person = { __typename: 'ForumPerson'; userId: string; name: string; organisationName: string | null };
const forum = (moderators: Person[] | null, members: Person[] | null) => ({
  __typename: 'Forum' as const,
  id: 'f-1',
  slug: 'joint-referral',
  title: 'Joint referral group',
  description: null,
  visibility: 'GROUP' as const,
  version: 2,
  viewerCan: { __typename: 'ForumPermissions' as const, manage: true, manageMembers: true },
  moderators,
  members,
});
const page = (data: ReturnType<typeof forum>) => ({
  request: { query: EditForumQuery, variables: { slug: 'joint-referral' } },
  result: { data: { forum: data } },
});

/** As the edit page does: the section reads the forum from the query the mutations' answers update. */
function Page() {
  const { data } = useQuery(EditForumQuery, { variables: { slug: 'joint-referral' } });
  return data?.forum ? <ForumPeopleSection forum={data.forum} slug="joint-referral" /> : null;
}

describe('ForumPeopleSection', () => {
  it('adds a member found by name to a closed group, and removes a moderator by replacing the list', async () => {
    const user = userEvent.setup();
    renderRoute(<Page />, {
      mocks: [
        page(forum([anna], [anna])),
        {
          request: { query: ForumCandidatesQuery, variables: { slug: 'joint-referral', text: 'Ca', role: 'MEMBER' } },
          result: { data: { forum: { __typename: 'Forum', id: 'f-1', candidatePeople: [anna, carl] } } },
        },
        {
          request: { query: AddForumMembersMutation, variables: { input: { forumId: 'f-1', userIds: ['u-carl'] } } },
          result: { data: { addForumMembers: { __typename: 'Forum', id: 'f-1', moderators: [anna], members: [anna, carl] } } },
        },
        {
          request: { query: SetForumModeratorsMutation, variables: { input: { forumId: 'f-1', userIds: [] } } },
          result: { data: { setForumModerators: { __typename: 'Forum', id: 'f-1', moderators: [], members: [anna, carl] } } },
        },
      ],
    });
    const members = await screen.findByRole('region', { name: 'Members of the group' });
    expect(members).toHaveTextContent('Anna Ozola (State Police)');
    const search = screen.getAllByRole('textbox', { name: /Find a member by name/ })[1]!;
    await user.type(search, 'Ca');
    // Anna already belongs: only Carl is offered.
    await user.click(await screen.findByRole('button', { name: 'Add Carl Berg' }));
    expect(await screen.findByRole('button', { name: 'Remove Carl Berg' })).toBeInTheDocument();
    expect(search).toHaveValue('');
    expect(screen.queryByRole('button', { name: /^Add Anna/ })).not.toBeInTheDocument();

    const moderators = screen.getByRole('region', { name: 'Moderators' });
    await user.click(screen.getAllByRole('button', { name: 'Remove Anna Ozola' })[0]!);
    expect(await screen.findByText('No named moderators yet.')).toBeInTheDocument();
    expect(moderators).not.toHaveTextContent('Anna Ozola');
  });

  it('searches moderators as moderators, and shows the server’s refusal of someone who cannot read the forum', async () => {
    const user = userEvent.setup();
    const refusal = 'Carl Berg cannot read this forum (only the group’s members may moderate it; add them to the group first)';
    renderRoute(<Page />, {
      mocks: [
        page(forum([anna], [anna])),
        {
          request: { query: ForumCandidatesQuery, variables: { slug: 'joint-referral', text: 'Ca', role: 'MODERATOR' } },
          result: { data: { forum: { __typename: 'Forum', id: 'f-1', candidatePeople: [carl] } } },
        },
        {
          request: { query: SetForumModeratorsMutation, variables: { input: { forumId: 'f-1', userIds: ['u-anna', 'u-carl'] } } },
          result: { errors: [new GraphQLError(refusal, { extensions: { code: 'BAD_USER_INPUT' } })] },
        },
      ],
    });
    const moderators = await screen.findByRole('region', { name: 'Moderators' });
    await user.type(within(moderators).getByRole('textbox', { name: /Find a member by name/ }), 'Ca');
    await user.click(await within(moderators).findByRole('button', { name: 'Add Carl Berg' }));
    expect(await within(moderators).findByRole('alert')).toHaveTextContent(refusal);
    expect(moderators).not.toHaveTextContent('Remove Carl Berg');
  });

  it('shows no list the server withholds (null)', async () => {
    renderRoute(<Page />, { mocks: [page(forum(null, [carl]))] });
    expect(await screen.findByRole('region', { name: 'Members of the group' })).toHaveTextContent('Carl Berg');
    expect(screen.queryByRole('region', { name: 'Moderators' })).not.toBeInTheDocument();
  });
});
