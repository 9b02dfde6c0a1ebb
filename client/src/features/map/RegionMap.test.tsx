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

  it('zooms with the buttons, the + and − keys and the wheel, and moves with the arrow keys once zoomed in', async () => {
    const user = userEvent.setup();
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    // The country shapes follow the view; the markers are drawn where the view puts their places.
    const shapes = map.querySelector('g[transform]')!;
    const riga = () => within(map).getByRole('button', { name: /^Rīga/ }).querySelector('circle')!;
    const rigaAt = riga().getAttribute('cx');
    expect(shapes).toHaveAttribute('transform', 'translate(0 0) scale(1)');

    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(shapes.getAttribute('transform')).toMatch(/scale\(2\)$/);
    expect(riga().getAttribute('cx')).not.toBe(rigaAt);
    const zoomedAt = shapes.getAttribute('transform');
    map.focus();
    await user.keyboard('{ArrowRight}');
    expect(shapes.getAttribute('transform')).not.toBe(zoomedAt);
    await user.keyboard('-');
    expect(shapes).toHaveAttribute('transform', 'translate(0 0) scale(1)');
    await user.keyboard('+');
    expect(shapes.getAttribute('transform')).toMatch(/scale\(2\)$/);
    await user.click(screen.getByRole('button', { name: 'Show the whole map' }));
    expect(shapes).toHaveAttribute('transform', 'translate(0 0) scale(1)');

    // happy-dom's WheelEvent has no pointer position of its own.
    const wheel = Object.defineProperties(new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true }), {
      clientX: { value: 100 },
      clientY: { value: 100 },
    });
    fireEvent(map, wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(shapes.getAttribute('transform')).toMatch(/scale\(2\)$/);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(shapes).toHaveAttribute('transform', 'translate(0 0) scale(1)');
  });

  it('clusters places too close to tell apart, and opens the cluster to them with the focus on the first', async () => {
    const user = userEvent.setup();
    const jurmala = {
      municipalityId: 'm-jurmala',
      name: 'Jūrmala',
      latitude: 56.97,
      longitude: 23.77,
      size: 1,
      label: 'Jūrmala: 1 organisation',
    };
    const onSelect = vi.fn<(municipalityId: string) => void>();
    renderRoute(<RegionMap points={[...points, jurmala]} onSelect={onSelect} title="Map of Latvia" />);
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    expect(within(map).queryByRole('button', { name: /^Jūrmala/ })).not.toBeInTheDocument();
    const cluster = within(map).getByRole('button', { name: '2 places: Rīga and Jūrmala. Choose to zoom in.' });
    cluster.focus();
    await user.keyboard('{Enter}');
    expect(within(map).queryByRole('button', { name: /^2 places/ })).not.toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Jūrmala: 1 organisation' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: /^Rīga/ })).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    // The whole list stays beside the map, whatever the zoom.
    expect(within(screen.getByRole('list', { name: 'Places on the map' })).getAllByRole('button')).toHaveLength(4);
  });

  it('draws the focused marker again on top of its neighbours', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    const liepaja = within(map).getByRole('button', { name: /^Liepāja/ });
    fireEvent.focus(liepaja);
    const onTop = map.lastElementChild?.querySelector('[data-focused] circle');
    expect(onTop).toHaveAttribute('cx', liepaja.querySelector('[data-symbol]')?.getAttribute('cx'));
  });

  it('moves with a dragging finger once zoomed in, zooms with a pinch, and a drag chooses no marker', async () => {
    const user = userEvent.setup();
    const onSelect = renderMap();
    const map = screen.getByRole('group', { name: 'Map of Latvia' });
    const shapes = map.querySelector('g[transform]')!;
    const pointer = (type: string, pointerId: number, clientX: number, clientY = 200) =>
      fireEvent(map, new PointerEvent(type, { pointerId, clientX, clientY, pointerType: 'touch', bubbles: true }));

    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const before = shapes.getAttribute('transform');
    pointer('pointerdown', 1, 300);
    pointer('pointermove', 1, 340);
    pointer('pointerup', 1, 340);
    expect(shapes.getAttribute('transform')).not.toBe(before);
    expect(shapes.getAttribute('transform')).toMatch(/scale\(2\)$/);
    // The click that ends a drag is not a choice.
    fireEvent.click(within(map).getByRole('button', { name: /^Liepāja/ }));
    expect(onSelect).not.toHaveBeenCalled();

    // Two fingers 100 px apart spread to 200 px: twice the zoom.
    pointer('pointerdown', 1, 300);
    pointer('pointerdown', 2, 400);
    pointer('pointermove', 2, 500);
    pointer('pointerup', 2, 500);
    pointer('pointerup', 1, 300);
    expect(shapes.getAttribute('transform')).toMatch(/scale\(4\)$/);
    // A pinch ends without a click; the next tap chooses.
    pointer('pointerdown', 1, 300);
    pointer('pointerup', 1, 300);
    fireEvent.click(within(map).getByRole('button', { name: /^Liepāja/ }));
    expect(onSelect).toHaveBeenCalledWith('m-liepaja');
  });
});
