import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n';
import { addMapStrings } from '../../app/mapStrings';
import { demoMunicipalityCounts } from '../../test/demoMunicipalityCounts';
import type { MapPoint } from './mapPoint';
import { layoutMarkers, maxZoomFor, viewIntoCluster, ZOOM_LIMIT, type LaidOutMarker } from './markerLayout';
import { toView, WHOLE_MAP, type MapView, type ViewLimits } from './mapView';
import { municipalityPoints } from './MunicipalityMap';
import { boundsOf, fitFrame, placeMarkers, type MapFrame } from './projection';

const i18n = createI18n('en');
addMapStrings(i18n);

/** The map as RegionMap draws it for these points, with the SVG drawn `shownWidth` CSS pixels wide. */
function drawnMap(points: readonly MapPoint[], shownWidth: number) {
  const frame: MapFrame = fitFrame(boundsOf(points));
  const placed = placeMarkers(points, frame.projection);
  const pxPerUnit = shownWidth / frame.width;
  const limits: ViewLimits = { width: frame.width, height: frame.height, maxZoom: maxZoomFor(placed, pxPerUnit) };
  const at = (view: MapView) => layoutMarkers(placed, view.k, limits.maxZoom, pxPerUnit);
  return { placed, pxPerUnit, limits, at };
}

/**
 * What the browser finds under a point (frame units, in `view`): the last-drawn marker whose hit circle holds
 * it. The hit circle holds the whole drawn shape (projection.ts), and the overlay and labels take no pointers.
 */
function markerAt<P>(markers: readonly LaidOutMarker<P>[], view: MapView, point: readonly [number, number], pxPerUnit: number) {
  return markers.findLast((marker) => {
    const [x, y] = toView(view, [marker.x, marker.y]);
    return Math.hypot(point[0] - x, point[1] - y) <= marker.hitRadius / pxPerUnit;
  });
}

const names = (markers: readonly LaidOutMarker<MapPoint>[]) => markers.flatMap((m) => m.members.map((p) => p.point.name)).toSorted();

// A phone (390 px less the page's padding and the map's border), laptops, and in between.
const WIDTHS = [320, 356, 560, 760, 1000];

describe.each([
  ['a visitor', false],
  ['a member', true],
])('the demo network on the map, as %s sees it', (_, member) => {
  const points = municipalityPoints(demoMunicipalityCounts(member), member, i18n.t);

  it('draws all 64 places', () => {
    expect(points).toHaveLength(64);
    expect(names(drawnMap(points, 356).at(WHOLE_MAP))).toEqual(points.map((p) => p.name).toSorted());
  });

  it.each(WIDTHS)('finds each marker under its own centre on the whole map, %i px wide', (width) => {
    const { at, pxPerUnit } = drawnMap(points, width);
    const markers = at(WHOLE_MAP);
    for (const marker of markers) expect(markerAt(markers, WHOLE_MAP, [marker.x, marker.y], pxPerUnit)).toBe(marker);
    // Every place is on the map once: in its own marker or in one cluster.
    expect(names(markers)).toEqual(points.map((p) => p.name).toSorted());
  });

  it.each(WIDTHS)('keeps every marker at least 24 px across at every zoom, %i px wide', (width) => {
    const { at, limits } = drawnMap(points, width);
    for (const k of [1, 2, 4, limits.maxZoom]) {
      for (const marker of at({ k, x: 0, y: 0 })) expect(marker.hitRadius * 2).toBeGreaterThanOrEqual(24);
    }
  });

  it('clusters the places a phone cannot tell apart, Riga with Jelgava and Tallinn with Helsinki among them', () => {
    const markers = drawnMap(points, 356).at(WHOLE_MAP);
    const holding = (name: string) => markers.find((m) => m.members.some((p) => p.point.name === name));
    expect(holding('Riga')).toBe(holding('Jelgava'));
    expect(holding('Riga')!.members.length).toBeGreaterThan(1);
    expect(markers.length).toBeLessThan(40);
  });

  it.each(WIDTHS)('gives every place its own marker at the deepest zoom, %i px wide', (width) => {
    const { at, limits, pxPerUnit } = drawnMap(points, width);
    const deepest = { k: limits.maxZoom, x: 0, y: 0 };
    const markers = at(deepest);
    expect(limits.maxZoom).toBeLessThan(ZOOM_LIMIT);
    expect(markers).toHaveLength(64);
    for (const marker of markers) expect(markerAt(markers, deepest, toView(deepest, [marker.x, marker.y]), pxPerUnit)).toBe(marker);
  });

  it('opens clusters until every place has its own marker, zooming in at each step', () => {
    const { at, limits, pxPerUnit } = drawnMap(points, 356);
    const steps = points.map((point) => {
      let view = WHOLE_MAP;
      for (let step = 0; step < 8; step++) {
        const holding = at(view).find((m) => m.members.some((p) => p.point.municipalityId === point.municipalityId))!;
        if (holding.members.length === 1) return step;
        const next = viewIntoCluster(holding, view, limits, pxPerUnit);
        expect(next.k).toBeGreaterThan(view.k);
        view = next;
      }
      return Infinity;
    });
    expect(Math.max(...steps)).toBeLessThanOrEqual(4);
  });
});

const place = (id: string, latitude: number, longitude: number): MapPoint => ({
  municipalityId: id,
  name: id,
  latitude,
  longitude,
  size: 1,
  label: id,
});

describe('places on the same spot', () => {
  const points = [place('a', 56.95, 24.11), place('b', 56.95, 24.11), place('c', 56.95, 24.11), place('far', 59.44, 24.75)];

  it('are one cluster until the zoom limit, then each its own marker on a ring around the spot', () => {
    const { at, limits, pxPerUnit } = drawnMap(points, 356);
    expect(limits.maxZoom).toBe(ZOOM_LIMIT);
    expect(at({ k: ZOOM_LIMIT / 2, x: 0, y: 0 }).map((m) => m.members.length)).toEqual([3, 1]);
    const deepest = { k: ZOOM_LIMIT, x: 0, y: 0 };
    const markers = at(deepest);
    expect(markers).toHaveLength(4);
    for (const marker of markers) expect(markerAt(markers, deepest, toView(deepest, [marker.x, marker.y]), pxPerUnit)).toBe(marker);
  });
});
