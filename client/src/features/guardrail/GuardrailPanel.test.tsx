import type { Finding, GuardrailConfirmation } from '@strom/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { GuardrailPanel } from './GuardrailPanel';
import { useGuardrail } from './useGuardrail';
import { withoutFinding } from './withoutFinding';

/** An editor as the forum will have it: a text box, the guardrail as the member types, and the panel. */
function Editor({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const { findings, unconfirmed } = useGuardrail(text, confirmations, { delayMs: 20 });
  const forget = (finding: Finding) => confirmations.filter((c) => c.kind !== finding.kind || c.text !== finding.text);
  return (
    <>
      <label>
        Post
        <textarea value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <p>{`Unconfirmed: ${unconfirmed.length}`}</p>
      <GuardrailPanel
        text={text}
        findings={findings}
        confirmations={confirmations}
        onRemove={(finding) => setText(withoutFinding(text, finding))}
        onConfirm={({ kind, text: found }) => setConfirmations([...confirmations, { kind, text: found }])}
        onUnconfirm={(finding) => setConfirmations(forget(finding))}
      />
    </>
  );
}

const list = () => screen.getByRole('list', { name: "Victims' personal data" });

describe('GuardrailPanel with useGuardrail', () => {
  it('lists each finding with its passage and reason, and says how many are open in a polite live region', async () => {
    renderRoute(<Editor initial="The victim Anna Kowalska gave her PESEL 44051401359 to the police." />);
    const items = await within(await screen.findByRole('list', { name: "Victims' personal data" })).findAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Name next to a case word: Anna Kowalska',
      'Identity number: 44051401359',
    ]);
    expect(within(items[1]!).getByText('44051401359').tagName).toBe('MARK');
    expect(within(items[1]!).getByText('Looks like a Polish PESEL number (checksum valid).')).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent("2 passages may be a victim's personal data");
  });

  it('removes a finding’s passage from the text', async () => {
    const user = userEvent.setup();
    renderRoute(<Editor initial="Call her on +48 601 234 567, she said." />);
    await user.click(await screen.findByRole('button', { name: 'Remove “+48 601 234 567” from the text' }));
    expect(screen.getByRole('textbox', { name: 'Post' })).toHaveValue('Call her on, she said.');
    expect(await screen.findByText("Nothing in this text looks like a victim's personal data.")).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: "Victims' personal data" })).not.toBeInTheDocument();
  });

  it('confirms a false positive, keeps the confirmation when an edit moves it, and takes it back', async () => {
    const user = userEvent.setup();
    renderRoute(<Editor initial="Our hotline +371 8000 2012 is open." />);
    await user.click(await screen.findByRole('button', { name: "This is not a victim's personal data: “+371 8000 2012”" }));
    expect(screen.getByRole('status')).toHaveTextContent('You confirmed that every marked passage');
    expect(screen.getByText('Unconfirmed: 0')).toBeInTheDocument();

    const box = screen.getByRole('textbox', { name: 'Post' });
    await user.click(box);
    await user.keyboard('{Home}Reminder: ');
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect(box).toHaveValue('Reminder: Our hotline +371 8000 2012 is open.');
    expect(within(list()).getByText('Phone number · confirmed as not a victim’s data')).toBeInTheDocument();
    expect(screen.getByText('Unconfirmed: 0')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo confirmation of “+371 8000 2012”' }));
    expect(screen.getByText('Unconfirmed: 1')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("1 passage may be a victim's personal data");
  });
});
