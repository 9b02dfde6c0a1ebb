import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { shapeReach, type MarkerSymbol } from './MarkerShape';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A box in degrees. Never crosses the antimeridian: the region sits between Iceland and the Urals. */
export interface GeoBounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The Baltic Sea Region shown when there is nothing to fit: Jutland to Lake Ladoga, Berlin to Lapland. */
export const BALTIC_BOUNDS: GeoBounds = { west: 7, east: 33, south: 52, north: 69 };

// A single town (or a few close ones) still needs its surroundings to be recognisable.
const MIN_SPAN = { longitude: 8, latitude: 4 };
const MARGIN = 0.12;

function grow(low: number, high: number, minSpan: number): [number, number] {
  const span = Math.max(high - low, minSpan) * (1 + 2 * MARGIN);
  const middle = (low + high) / 2;
  return [middle - span / 2, middle + span / 2];
}

/** The box around the points, with a margin and a minimum size; the whole region when there are none. */
export function boundsOf(points: readonly GeoPoint[]): GeoBounds {
  if (points.length === 0) return BALTIC_BOUNDS;
  let { west, east, south, north } = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const { latitude, longitude } of points) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  [west, east] = grow(west, east, MIN_SPAN.longitude);
  [south, north] = grow(south, north, MIN_SPAN.latitude);
  return { west, east, south: Math.max(south, -89), north: Math.min(north, 89) };
}

/**
 * The box's outline as points along its edges: on a conic or azimuthal projection the edges of a
 * box in degrees are curves, and fitting to the four corners alone would cut off the bulge.
 */
export function outlineOf({ west, east, south, north }: GeoBounds): GeoJSON.MultiPoint {
  const steps = 8;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const longitude = west + ((east - west) * i) / steps;
    const latitude = south + ((north - south) * i) / steps;
    coordinates.push([longitude, south], [longitude, north], [west, latitude], [east, latitude]);
  }
  return { type: 'MultiPoint', coordinates };
}

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

interface FrameOptions {
  width: number;
  minHeight: number;
  maxHeight: number;
  padding: number;
}

const defaultFrame: FrameOptions = { width: 800, minHeight: 420, maxHeight: 620, padding: 16 };

/**
 * An equal-area projection centred on the box (areas compare fairly at 55° N as at 68° N), scaled
 * to the frame's width; the height follows the box's shape within limits. Everything outside the
 * frame is clipped, so Russia ends at the frame's edge instead of running to the Pacific.
 */
export function fitFrame(bounds: GeoBounds, options: Partial<FrameOptions> = {}): MapFrame {
  const { width, minHeight, maxHeight, padding } = { ...defaultFrame, ...options };
  const outline = outlineOf(bounds);
  const centre: [number, number] = [(bounds.west + bounds.east) / 2, (bounds.south + bounds.north) / 2];
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    // Only the hemisphere facing the region: the far side of an azimuthal projection wraps around it.
    .clipAngle(90)
    .fitWidth(width - 2 * padding, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, bottom - top + 2 * padding)));
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    outline,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

interface RadiusOptions {
  min: number;
  max: number;
}

/** Marker area proportional to the size (a square-root scale), in CSS pixels; empty places keep a small visible dot. */
export function markerRadius(size: number, maxSize: number, { min, max }: RadiusOptions = { min: 4, max: 18 }): number {
  if (maxSize <= 0 || size <= 0) return min;
  return Math.max(min, max * Math.sqrt(Math.min(size, maxSize) / maxSize));
}

/** Half of the 24 × 24 px a pointer or a finger needs to hit (WCAG 2.5.8), at every zoom and screen size. */
export const MIN_HIT_RADIUS = 12;
// Half the width of a focused marker's outline (RegionMap.module.css): it must not reach into a neighbour.
const OUTLINE = 1.5;

export interface PlacedMarker<P> {
  point: P;
  /** Where the place lies in the frame's units, on the whole map. */
  x: number;
  y: number;
  /** In CSS pixels, whatever the zoom and the screen: markers do not grow as the map zooms in. */
  radius: number;
  /** The circle, in CSS pixels, that answers pointers: the whole drawn shape, and never less than 24 px across. */
  hitRadius: number;
}

/**
 * Frame positions and pixel sizes, largest first (the order a tie between equal clusters breaks in).
 * Points the projection cannot place are left out.
 */
export function placeMarkers<P extends GeoPoint & { size: number; name: string; symbol?: MarkerSymbol }>(
  points: readonly P[],
  projection: GeoProjection,
  radius?: RadiusOptions,
): PlacedMarker<P>[] {
  const maxSize = Math.max(0, ...points.map((p) => p.size));
  const placed: PlacedMarker<P>[] = [];
  for (const point of points) {
    const xy = projection([point.longitude, point.latitude]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    const r = markerRadius(point.size, maxSize, radius);
    placed.push({ point, x: xy[0], y: xy[1], radius: r, hitRadius: Math.max(MIN_HIT_RADIUS, shapeReach(point.symbol, r) + OUTLINE) });
  }
  return placed.toSorted((a, b) => b.radius - a.radius || a.point.name.localeCompare(b.point.name));
}
