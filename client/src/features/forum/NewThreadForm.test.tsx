import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { CreateThreadMutation } from './forumDocuments';
import { NewThreadForm } from './NewThreadForm';

const PESEL = '44051401359';
const PHONE = '+48 601 234 567';

const sent: Record<string, unknown>[] = [];
function created(answer: { data: Record<string, unknown> } | { errors: GraphQLError[] }) {
  return {
    request: {
      query: CreateThreadMutation,
      variables: (variables: { input: Record<string, unknown> }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: answer,
  };
}

const render = (mocks: ReturnType<typeof created>[]) =>
  renderRoute(<NewThreadForm forum={{ id: 'forum-1', slug: 'bsr' }} />, {
    path: '/forums/:slug/new',
    url: '/forums/bsr/new',
    mocks,
    otherRoutes: [{ path: '/t/:id', element: <h1>Thread page</h1> }],
  });

describe('NewThreadForm', () => {
  it('lets the author remove one finding and confirm another, then creates the thread once with its client id', async () => {
    sent.length = 0;
    const user = userEvent.setup();
    const { router } = render([created({ data: { createThread: { __typename: 'ThreadPage', id: 'thread-9' } } })]);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Referral of a worker from Gdańsk');
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'Labour Exploitation,');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), `Her PESEL is ${PESEL}. The shelter line is ${PHONE}.`);
    const panel = await screen.findByRole('region', { name: "Victims' personal data" });
    await within(panel).findByText("2 passages may be a victim's personal data: remove each or confirm that it is not.");

    // Sending with open findings is refused in the browser: the message is marked and focused.
    await user.click(screen.getByRole('button', { name: 'Start the thread' }));
    expect(screen.getByRole('textbox', { name: /Message/ })).toHaveFocus();
    expect(screen.getByText("Remove each marked passage or confirm that it is not a victim's personal data.")).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: `Remove “${PESEL}” from the text` }));
    await user.click(await within(panel).findByRole('button', { name: `This is not a victim's personal data: “${PHONE}”` }));
    await within(panel).findByText("You confirmed that every marked passage is not a victim's personal data.");
    expect(screen.getByRole('textbox', { name: /Message/ })).not.toHaveValue(expect.stringContaining(PESEL));

    await user.click(screen.getByRole('button', { name: 'Start the thread' }));
    expect(await screen.findByRole('heading', { name: 'Thread page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/t/thread-9');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      forumId: 'forum-1',
      title: 'Referral of a worker from Gdańsk',
      tags: ['labour-exploitation'],
      source: `Her PESEL is. The shelter line is ${PHONE}.`,
      confirmations: [{ kind: 'PHONE', text: PHONE }],
    });
    expect(sent[0]!['clientId']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("shows the server's typed refusal of an unconfirmed passage and keeps the same client id for the retry", async () => {
    sent.length = 0;
    const user = userEvent.setup();
    const refusal = new GraphQLError('source may contain a victim’s personal data', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'source', message: 'source may contain a victim’s personal data' }],
        guardrail: {
          field: 'source',
          findings: [{ kind: 'EMAIL', start: 8, end: 26, text: 'help@shelter.invalid', reason: 'An e-mail address' }],
        },
      },
    });
    render([created({ errors: [refusal] }), created({ data: { createThread: { __typename: 'ThreadPage', id: 'thread-1' } } })]);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Shelter capacity in Kaunas');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Write to the shelter.');
    await user.click(screen.getByRole('button', { name: 'Start the thread' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused these passages as possible victim data: “help@shelter.invalid”.');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Message/ })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Start the thread' }));
    expect(await screen.findByRole('heading', { name: 'Thread page' })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]!['clientId']).toBe(sent[0]!['clientId']);
  });
});
