import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import type { PickedResource } from '../library/ResourcePicker';
import { resourceFound } from '../library/resourcePicker.test-support';
import { EvidenceResourcePicker } from './EvidenceResourcePicker';
import { useGuidelineStrings } from './guidelineStrings';

const AGREEMENT = { id: '2d8e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', title: 'Cooperation agreement' };

function Picker() {
  useGuidelineStrings();
  const [value, setValue] = useState<PickedResource | null>(null);
  return (
    <>
      <EvidenceResourcePicker value={value} onChange={setValue} />
      <output aria-label="chosen">{value?.id ?? 'none'}</output>
    </>
  );
}

describe('EvidenceResourcePicker', () => {
  it('takes a library resource as evidence and lets it go again', async () => {
    renderRoute(<Picker />, { mocks: [resourceFound('coop', AGREEMENT)] });
    expect(screen.getByLabelText('chosen')).toHaveTextContent('none');
    await userEvent.type(screen.getByLabelText('Find a library resource'), 'coop');
    await userEvent.click(await screen.findByRole('button', { name: 'Link “Cooperation agreement”' }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent(AGREEMENT.id);
    expect(screen.queryByLabelText('Find a library resource')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Cooperation agreement”' }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('none');
    expect(screen.getByLabelText('Find a library resource')).toBeInTheDocument();
  });
});
