import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { DismissFlagsMutation, ModeratePostMutation, ModerationQueueQuery } from './forumDocuments';
import { ModerationQueueList } from './ModerationQueueList';

const flagged = {
  __typename: 'FlaggedPost',
  postId: 'post-7',
  threadId: 'thread-3',
  threadTitle: 'Shelter capacity in Kaunas',
  forumSlug: 'lithuania',
  text: 'Call the shelter line at +370 600 00000.',
  hidden: false,
  flagCount: 2,
  reasons: ['Looks like a private phone number', 'Off topic'],
  lastFlaggedAt: new Date(Date.now() - 3_600_000).toISOString(),
  author: { __typename: 'PostAuthor', name: 'Jonas Petraitis' },
  confirmedFindings: [{ __typename: 'ConfirmedFinding', field: 'source', kind: 'PHONE', start: 25, end: 39 }],
};
const queue = (items: (typeof flagged)[]) => ({ request: { query: ModerationQueueQuery }, result: { data: { moderationQueue: items } } });

describe('ModerationQueueList', () => {
  it('shows a flagged post with its reasons and confirmed findings, and hides it with a reason', async () => {
    const user = userEvent.setup();
    renderRoute(<ModerationQueueList />, {
      mocks: [
        queue([flagged]),
        {
          request: { query: ModeratePostMutation, variables: { postId: 'post-7', action: 'HIDE', reason: 'Private phone number' } },
          result: { data: { moderatePost: { __typename: 'Post', id: 'post-7', hidden: true } } },
        },
        queue([]),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Flagged posts' });
    const card = list.querySelector<HTMLElement>(':scope > li');
    expect(within(card!).getByRole('link', { name: 'Shelter capacity in Kaunas' })).toHaveAttribute('href', '/t/thread-3');
    expect(card).toHaveTextContent('By Jonas Petraitis in lithuania · flagged 2 times');
    expect(card).toHaveTextContent('Looks like a private phone number');
    expect(card).toHaveTextContent('Phone number in the post');

    await user.click(within(card!).getByRole('button', { name: 'Hide post in “Shelter capacity in Kaunas”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide post' });
    await user.click(within(dialog).getByRole('button', { name: 'Hide post' }));
    expect(within(dialog).getByText('Say why.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Private phone number');
    await user.click(within(dialog).getByRole('button', { name: 'Hide post' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The post is hidden and its flags are resolved.');
    expect(await screen.findByText('Nothing is flagged in the forums you moderate.')).toBeInTheDocument();
  });

  it('dismisses unfounded flags with a reason, and says so when the server refuses', async () => {
    const user = userEvent.setup();
    renderRoute(<ModerationQueueList />, {
      mocks: [
        queue([flagged]),
        {
          request: { query: DismissFlagsMutation, variables: { postId: 'post-7', reason: 'A public hotline' } },
          result: { errors: [new GraphQLError('Only the moderators of this forum may do this', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Dismiss flags on the post in “Shelter capacity in Kaunas”' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss flags' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'A public hotline');
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss flags' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByRole('link', { name: 'Shelter capacity in Kaunas' })).toBeInTheDocument();
  });
});
