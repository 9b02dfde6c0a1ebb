import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';
import { RegionMap, type MapPoint } from './RegionMap';

const points: MapPoint[] = [
  { municipalityId: 'm-riga', name: 'Rīga', latitude: 56.95, longitude: 24.11, size: 40, label: 'Rīga: 12 organisations, 30 experts' },
  { municipalityId: 'm-liepaja', name: 'Liepāja', latitude: 56.51, longitude: 21.01, size: 3, label: 'Liepāja: 1 organisation, 2 experts' },
  {
    municipalityId: 'm-klaipeda',
    name: 'Klaipėda',
    latitude: 55.7,
    longitude: 21.14,
    size: 0,
    label: 'Klaipėda: 0 organisations, 0 experts',
  },
];

function renderMap(selectedId?: string) {
  const onSelect = vi.fn<(municipalityId: string) => void>();
  renderRoute(<RegionMap points={points} selectedId={selectedId} onSelect={onSelect} title="Map of Latvia" />);
  return onSelect;
}

describe('RegionMap', () => {
  it('draws the region with one focusable marker per point', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    const markers = within(map).getAllByRole('button');
    expect(markers).toHaveLength(3);
    for (const marker of markers) expect(marker).toHaveAttribute('tabindex', '0');
    expect(within(map).getByRole('button', { name: 'Rīga: 12 organisations, 30 experts' })).toBeInTheDocument();
    // Country shapes are drawn, and hidden from screen readers.
    expect(map.querySelectorAll('path').length).toBeGreaterThan(5);
  });

  it('selects a marker with Enter, Space or a click', () => {
    const onSelect = renderMap();
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    const liepaja = within(map).getByRole('button', { name: /^Liepāja/ });
    fireEvent.keyDown(liepaja, { key: 'Enter' });
    fireEvent.keyDown(liepaja, { key: ' ' });
    fireEvent.keyDown(liepaja, { key: 'a' });
    fireEvent.click(within(map).getByRole('button', { name: /^Klaipėda/ }));
    expect(onSelect.mock.calls).toEqual([['m-liepaja'], ['m-liepaja'], ['m-klaipeda']]);
  });

  it('marks the selected point on the map and in the list', () => {
    renderMap('m-riga');
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    expect(within(map).getByRole('button', { name: /^Rīga/ })).toHaveAttribute('aria-current', 'true');
    const list = screen.getByRole('list', { name: 'Places on the map' });
    expect(within(list).getByRole('button', { name: /^Rīga/ })).toHaveAttribute('aria-current', 'true');
    expect(within(list).getByRole('button', { name: /^Liepāja/ })).not.toHaveAttribute('aria-current');
  });

  it('offers the points as a list that narrows while typing, without needing diacritics', async () => {
    const user = userEvent.setup();
    const onSelect = renderMap();
    const list = screen.getByRole('list', { name: 'Places on the map' });
    // Sorted by name.
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([points[2]?.label, points[1]?.label, points[0]?.label]);
    await user.type(screen.getByRole('searchbox', { name: 'Find a place' }), 'liepaja');
    const shown = within(screen.getByRole('list', { name: 'Places on the map' })).getAllByRole('button');
    expect(shown).toHaveLength(1);
    await user.click(shown[0]!);
    expect(onSelect).toHaveBeenCalledWith('m-liepaja');
    await user.type(screen.getByRole('searchbox', { name: 'Find a place' }), 'x');
    expect(screen.queryByRole('list', { name: 'Places on the map' })).not.toBeInTheDocument();
    expect(screen.getByText('No place matches “liepajax”.')).toBeInTheDocument();
  });
});
