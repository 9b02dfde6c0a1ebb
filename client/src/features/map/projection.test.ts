import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryShapes } from './baseMap';
import { BALTIC_BOUNDS, boundsOf, fitFrame, markerRadius, placeMarkers } from './projection';

const place = (name: string, latitude: number, longitude: number, size = 1) => ({ name, latitude, longitude, size });
const riga = place('Rīga', 56.95, 24.11, 40);
const stockholm = place('Stockholm', 59.33, 18.07, 10);
const helsinki = place('Helsinki', 60.17, 24.94, 0);
const reykjavik = place('Reykjavík', 64.15, -21.94, 2);

describe('boundsOf', () => {
  it('is the whole region when there is nothing to fit', () => {
    expect(boundsOf([])).toEqual(BALTIC_BOUNDS);
  });

  it('contains every point with a margin', () => {
    const bounds = boundsOf([riga, stockholm, reykjavik]);
    expect(bounds.west).toBeLessThan(-21.94);
    expect(bounds.east).toBeGreaterThan(24.11);
    expect(bounds.south).toBeLessThan(56.95);
    expect(bounds.north).toBeGreaterThan(64.15);
  });

  it('gives a single place its surroundings', () => {
    const bounds = boundsOf([riga]);
    expect(bounds.east - bounds.west).toBeGreaterThanOrEqual(8);
    expect(bounds.north - bounds.south).toBeGreaterThanOrEqual(4);
    expect((bounds.east + bounds.west) / 2).toBeCloseTo(24.11);
  });
});

describe('fitFrame', () => {
  it('puts every point inside the frame, in its geographic order', () => {
    const points = [riga, stockholm, helsinki, reykjavik];
    const { projection, width, height } = fitFrame(boundsOf(points));
    for (const point of points) {
      const [x = NaN, y = NaN] = projection([point.longitude, point.latitude]) ?? [];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
    const [rx = 0, ry = 0] = projection([riga.longitude, riga.latitude]) ?? [];
    const [sx = 0] = projection([stockholm.longitude, stockholm.latitude]) ?? [];
    const [, hy = 0] = projection([helsinki.longitude, helsinki.latitude]) ?? [];
    expect(sx).toBeLessThan(rx); // Stockholm lies west of Riga
    expect(hy).toBeLessThan(ry); // Helsinki lies north of Riga
  });

  it('keeps the height within its limits', () => {
    expect(fitFrame(boundsOf([riga])).height).toBeGreaterThanOrEqual(420);
    expect(fitFrame({ west: 20, east: 21, south: 40, north: 80 }).height).toBeLessThanOrEqual(620);
  });

  it('clips Russia to the frame instead of drawing it to the Pacific', () => {
    const frame = fitFrame(BALTIC_BOUNDS);
    const russia = countryShapes().find((country) => country.id === '643');
    expect(russia?.inRegion).toBe(true);
    const [[x0, y0], [x1, y1]] = geoPath(frame.projection).bounds(russia!.shape);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(frame.width);
    expect(y1).toBeLessThanOrEqual(frame.height);
  });
});

describe('countryShapes', () => {
  it('has the region in colour and its neighbours for context', () => {
    const shapes = countryShapes();
    const region = shapes.filter((c) => c.inRegion).map((c) => c.name);
    expect(region.toSorted()).toEqual(
      ['Denmark', 'Estonia', 'Finland', 'Germany', 'Iceland', 'Latvia', 'Lithuania', 'Norway', 'Poland', 'Russia', 'Sweden'].toSorted(),
    );
    expect(shapes.some((c) => c.name === 'Belarus' && !c.inRegion)).toBe(true);
  });
});

describe('markerRadius', () => {
  it('grows the area, not the radius, with the size', () => {
    const max = 18;
    expect(markerRadius(100, 100)).toBe(max);
    // A quarter of the size: a quarter of the area, half the radius.
    expect(markerRadius(25, 100)).toBeCloseTo(max / 2);
  });

  it('keeps empty places visible', () => {
    expect(markerRadius(0, 100)).toBe(4);
    expect(markerRadius(0, 0)).toBe(4);
    expect(markerRadius(1, 10_000)).toBe(4);
  });
});

describe('placeMarkers', () => {
  it('orders the largest first', () => {
    const { projection } = fitFrame(boundsOf([riga, stockholm, helsinki]));
    const placed = placeMarkers([helsinki, riga, stockholm], projection);
    expect(placed.map((m) => m.point.name)).toEqual(['Rīga', 'Stockholm', 'Helsinki']);
    expect(placed[0]?.radius).toBe(18);
  });

  it('answers pointers over the whole shape, and over at least 24 px', () => {
    const { projection } = fitFrame(boundsOf([riga, helsinki]));
    const [big, small] = placeMarkers([{ ...riga, symbol: 'triangle' as const }, helsinki], projection);
    // A triangle's vertices reach 1.56 r from its centroid; the outline adds 1.5 px.
    expect(big?.hitRadius).toBeCloseTo(18 * 1.555 + 1.5, 1);
    expect(small?.radius).toBe(4);
    expect(small?.hitRadius).toBe(12);
  });
});
