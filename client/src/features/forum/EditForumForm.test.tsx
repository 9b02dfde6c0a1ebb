import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { EditForumForm } from './EditForumForm';
import { UpdateForumMutation } from './forumDocuments';

const forum = {
  __typename: 'Forum' as const,
  id: 'f-1',
  slug: 'latvia',
  title: 'Latvia: national exchange',
  description: 'For members working in Latvia.',
  visibility: 'SCOPE' as const,
  version: 4,
  viewerCan: { __typename: 'ForumPermissions' as const, manage: true, manageMembers: false },
};
const update = (visibility: string) => ({
  request: {
    query: UpdateForumMutation,
    variables: {
      input: {
        id: 'f-1',
        expectedVersion: 4,
        title: 'Latvia: national exchange',
        description: 'For members working in Latvia.',
        visibility,
      },
    },
  },
});

describe('EditForumForm', () => {
  it('sends the version it was read at, and says so when someone else changed the forum in between', async () => {
    const user = userEvent.setup();
    renderRoute(<EditForumForm forum={forum} />, {
      path: '/forums/:slug/edit',
      url: '/forums/latvia/edit',
      otherRoutes: [{ path: '/forums/:slug', element: <h1>Forum page</h1> }],
      mocks: [
        { ...update('NETWORK'), result: { errors: [new GraphQLError('Changed meanwhile', { extensions: { code: 'CONFLICT' } })] } },
        {
          ...update('NETWORK'),
          result: {
            data: {
              updateForum: {
                __typename: 'Forum',
                id: 'f-1',
                title: forum.title,
                description: forum.description,
                visibility: 'NETWORK',
                version: 5,
              },
            },
          },
        },
      ],
    });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Who may read it/ }), 'NETWORK');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this in the meantime.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Forum page' })).toBeInTheDocument();
  });
});
