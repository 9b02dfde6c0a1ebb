import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { resourceFound } from '../library/resourcePicker.test-support';
import { ReplyBox } from './ReplyBox';
import { AddPostMutation, PreviewPostQuery, SaveDraftMutation } from './replyDocuments';
import { THREAD_ID, post } from './threadFixtures.test-support';
import { addThreadStrings } from './threadStrings';
import { useTranslation } from 'react-i18next';

function Box({ draft = '' }: { draft?: string }) {
  const { i18n } = useTranslation();
  addThreadStrings(i18n);
  return <ReplyBox threadId={THREAD_ID} draft={draft} replyTo={null} onClearReplyTo={() => undefined} insert={null} />;
}

type AddPostVariables = { input: { clientId: string; source: string } };

describe('ReplyBox', () => {
  it('retries with the same client id after a failure, and takes a new one once posted', async () => {
    const sent: string[] = [];
    const matches = (variables: AddPostVariables) => {
      sent.push(variables.input.clientId);
      return variables.input.source === 'We refer through the contact point.';
    };
    const added = { data: { addPost: post(3, 'We refer through the contact point.') } };
    renderRoute(<Box />, {
      mocks: [
        { request: { query: AddPostMutation, variables: matches }, error: new Error('timeout') },
        { request: { query: AddPostMutation, variables: matches }, result: added },
      ],
    });
    await userEvent.type(screen.getByLabelText(/Reply \(Markdown\)/), 'We refer through the contact point.');
    const submit = screen.getByRole('button', { name: 'Post reply' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await userEvent.click(submit);
    expect(await screen.findByText('Your reply is posted.')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(screen.getByLabelText(/Reply \(Markdown\)/)).toHaveValue('');
  });

  it("shows the server's typed error, naming what to fix", async () => {
    const refused = new GraphQLError("source may contain a victim's personal data: remove each marked passage or confirm that it is not", {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source', message: "source may contain a victim's personal data" }] },
    });
    renderRoute(<Box draft="Anna" />, {
      mocks: [{ request: { query: AddPostMutation, variables: () => true }, result: { errors: [refused] } }],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Post reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("source may contain a victim's personal data");
  });

  it('starts from the saved draft, saves changes after a pause, and previews with the server', async () => {
    const saved: string[] = [];
    renderRoute(<Box draft="Saved draft" />, {
      mocks: [
        {
          request: {
            query: SaveDraftMutation,
            variables: (v: { input: { source: string } }) => (saved.push(v.input.source), v.input.source === 'Saved draft, more'),
          },
          result: {
            data: {
              saveDraft: {
                __typename: 'ThreadPage',
                id: THREAD_ID,
                draft: { __typename: 'Draft', source: 'Saved draft, more', updatedAt: '2026-12-01T10:00:00Z' },
              },
            },
          },
        },
        {
          request: { query: PreviewPostQuery, variables: { threadId: THREAD_ID, source: 'Saved draft, more' } },
          result: { data: { previewPost: '<p>Saved draft, <em>more</em></p>' } },
        },
      ],
    });
    const field = screen.getByLabelText(/Reply \(Markdown\)/);
    expect(field).toHaveValue('Saved draft');
    await userEvent.type(field, ', more');
    await waitFor(() => expect(saved).toEqual(['Saved draft, more']));
    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(await screen.findByText('more', { selector: 'em' })).toBeInTheDocument();
  });

  it('links a library resource found by the picker at the caret', async () => {
    const resourceId = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
    const draftSaved = {
      saveDraft: { __typename: 'ThreadPage', id: THREAD_ID, draft: { __typename: 'Draft', source: '', updatedAt: '2026-12-01T10:00:00Z' } },
    };
    renderRoute(<Box draft="Use " />, {
      mocks: [
        resourceFound('scre', { id: resourceId, title: 'Screening [form]' }),
        { request: { query: SaveDraftMutation, variables: () => true }, result: { data: draftSaved } },
      ],
    });
    const toggle = screen.getByRole('button', { name: 'Link a library resource' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.type(screen.getByLabelText('Find a library resource'), 'scre');
    await userEvent.click(await screen.findByRole('button', { name: 'Link “Screening [form]”' }));
    expect(screen.getByLabelText(/Reply \(Markdown\)/)).toHaveValue(`Use [Screening \\[form\\]](resource:${resourceId}) `);
    expect(screen.queryByLabelText('Find a library resource')).not.toBeInTheDocument();
  });
});
