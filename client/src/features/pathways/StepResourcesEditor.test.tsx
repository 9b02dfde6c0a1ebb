import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { resourceFound } from '../library/resourcePicker.test-support';
import { usePathwayStrings } from './pathwayStrings';
import { emptyStep, toInputs } from './stepDraft';
import { StepResourcesEditor } from './StepResourcesEditor';

const FORM = { id: '0b6c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', title: 'Referral form' };
const GUIDANCE = { id: '1c7d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', title: 'Interview guidance' };

/** The editor over a step held in state, showing what the save would send. */
function Editor() {
  usePathwayStrings();
  const [step, setStep] = useState({ ...emptyStep(), resources: [FORM] });
  return (
    <>
      <StepResourcesEditor resources={step.resources} position={2} onChange={(resources) => setStep({ ...step, resources })} />
      <output aria-label="sent">{JSON.stringify(toInputs([step])[0]!.resourceIds)}</output>
    </>
  );
}

describe('StepResourcesEditor', () => {
  it('adds a resource found by the picker, removes one, and the save sends their ids', async () => {
    renderRoute(<Editor />, { mocks: [resourceFound('inter', GUIDANCE)] });
    expect(screen.getByLabelText('sent')).toHaveTextContent(JSON.stringify([FORM.id]));
    await userEvent.type(screen.getByLabelText('Find a library resource'), 'inter');
    await userEvent.click(await screen.findByRole('button', { name: 'Link “Interview guidance”' }));
    expect(screen.getByLabelText('sent')).toHaveTextContent(JSON.stringify([FORM.id, GUIDANCE.id]));
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Referral form” from step 2' }));
    expect(screen.getByLabelText('sent')).toHaveTextContent(JSON.stringify([GUIDANCE.id]));
    expect(screen.getByRole('group', { name: 'Library resources for this step (forms, guidance)' })).toHaveTextContent(
      'Interview guidance',
    );
  });
});
