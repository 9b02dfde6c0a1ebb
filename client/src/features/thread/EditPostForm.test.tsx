import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { EditPostForm } from './EditPostForm';
import { EditPostMutation } from './postDocuments';
import { post } from './threadFixtures.test-support';
import { addThreadStrings } from './threadStrings';

function Form({ onDone }: { onDone: () => void }) {
  const { i18n } = useTranslation();
  addThreadStrings(i18n);
  return <EditPostForm postId="post-2" source="Old text" version={1} onDone={onDone} />;
}

describe('EditPostForm', () => {
  it('on CONFLICT shows the current text, lets the author take it, and saves against the newer version', async () => {
    const conflict = new GraphQLError('This post was changed since you opened it', {
      extensions: { code: 'CONFLICT', currentSource: 'Text from the other tab', currentVersion: 2 },
    });
    let done = 0;
    renderRoute(<Form onDone={() => (done += 1)} />, {
      mocks: [
        {
          request: {
            query: EditPostMutation,
            variables: { input: { id: 'post-2', source: 'Old text, edited', version: 1, confirmations: [] } },
          },
          result: { errors: [conflict] },
        },
        {
          request: {
            query: EditPostMutation,
            variables: { input: { id: 'post-2', source: 'Text from the other tab', version: 2, confirmations: [] } },
          },
          result: { data: { editPost: post(2, 'Text from the other tab', { version: 3, edited: true }) } },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Edit your post (Markdown)'), ', edited');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone changed this post')).toBeInTheDocument();
    expect(screen.getByText('Text from the other tab')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Replace mine with the current text' }));
    expect(screen.getByLabelText('Edit your post (Markdown)')).toHaveValue('Text from the other tab');
    await userEvent.click(screen.getByRole('button', { name: 'Save merged text' }));
    await waitFor(() => expect(done).toBe(1));
  });
});
