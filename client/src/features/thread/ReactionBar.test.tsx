import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { ReactMutation } from './postDocuments';
import { ReactionBar } from './ReactionBar';
import { addThreadStrings } from './threadStrings';

function Bar({ canReact }: { canReact: boolean }) {
  const { i18n } = useTranslation();
  addThreadStrings(i18n);
  return <ReactionBar postId="post-2" canReact={canReact} reactions={[{ kind: 'THANKS', count: 2, mine: false }]} />;
}

describe('ReactionBar', () => {
  it('toggles a reaction as a pressed button with its count', async () => {
    const calls: string[] = [];
    renderRoute(<Bar canReact />, {
      mocks: [
        {
          request: {
            query: ReactMutation,
            variables: (v: { input: { postId: string; kind: string } }) => (calls.push(`${v.input.postId}:${v.input.kind}`), true),
          },
          result: {
            data: {
              react: {
                __typename: 'Post',
                id: 'post-2',
                reactions: [{ __typename: 'ReactionCount', kind: 'THANKS', count: 3, mine: true }],
              },
            },
          },
        },
      ],
    });
    const thanks = screen.getByRole('button', { name: 'Thanks 2' });
    expect(thanks).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(thanks);
    // The answer updates the cached post (its card re-renders the bar); here the call itself is checked.
    await waitFor(() => expect(calls).toEqual(['post-2:THANKS']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Agree 0' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows counts only to readers who may not react', () => {
    renderRoute(<Bar canReact={false} />);
    expect(screen.getByText('Thanks 2')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
