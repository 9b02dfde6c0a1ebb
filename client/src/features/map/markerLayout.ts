import { centredOn, ZOOM_STEP, type MapView, type ViewLimits } from './mapView';
import { MIN_HIT_RADIUS, type PlacedMarker } from './projection';

/** Space, in CSS pixels, kept free between the hit areas of neighbouring markers. */
export const MARKER_GAP = 2;
/** A cluster's circle, in CSS pixels: room for its count, and within the 24 px hit target. */
export const CLUSTER_RADIUS = 14;
const CLUSTER_HIT_RADIUS = Math.max(MIN_HIT_RADIUS, CLUSTER_RADIUS + 1.5);
/** However close two places lie, the map zooms no further than this. */
export const ZOOM_LIMIT = 64;
// Even a map of far-apart places zooms in a little, to look at the coast.
const MIN_MAX_ZOOM = 4;
// Zooming a little past the point where two places separate leaves them visibly apart.
const HEADROOM = 1.1;

/** What is drawn at one spot: one place, or a cluster of places too close to tell apart at this zoom. */
export interface LaidOutMarker<P> {
  /** The places, largest first: one for a place, two or more for a cluster. */
  members: PlacedMarker<P>[];
  /** The frame position at the whole-map view: the place's own, a cluster's the mean of its places'. */
  x: number;
  y: number;
  /** In CSS pixels. */
  hitRadius: number;
}

/** The zoom at which two markers' hit areas stop touching (Infinity for places on the same spot). */
function separatingZoom(a: LaidOutMarker<unknown>, b: LaidOutMarker<unknown>, pxPerUnit: number): number {
  const distance = Math.hypot(a.x - b.x, a.y - b.y) * pxPerUnit;
  return (a.hitRadius + b.hitRadius + MARKER_GAP) / distance;
}

const single = <P>(marker: PlacedMarker<P>): LaidOutMarker<P> => ({
  members: [marker],
  x: marker.x,
  y: marker.y,
  hitRadius: marker.hitRadius,
});

function merge<P>(a: LaidOutMarker<P>, b: LaidOutMarker<P>): LaidOutMarker<P> {
  const members = [...a.members, ...b.members].toSorted((m, n) => n.radius - m.radius);
  const x = members.reduce((sum, m) => sum + m.x, 0) / members.length;
  const y = members.reduce((sum, m) => sum + m.y, 0) / members.length;
  return { members, x, y, hitRadius: CLUSTER_HIT_RADIUS };
}

/**
 * Markers whose hit areas would touch at zoom `zoom` become one cluster, the most overlapping pair first, until
 * no two touch: then a pointer at any marker's centre finds that marker and no other. Deterministic for the
 * same places, zoom and pixel size. `pxPerUnit` is the CSS pixels per frame unit at the whole-map view.
 */
export function clusterMarkers<P>(placed: readonly PlacedMarker<P>[], zoom: number, pxPerUnit: number): LaidOutMarker<P>[] {
  const markers = placed.map(single);
  for (;;) {
    let worst: [number, number] | null = null;
    let worstZoom = zoom;
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const needed = separatingZoom(markers[i]!, markers[j]!, pxPerUnit);
        if (needed > worstZoom) [worst, worstZoom] = [[i, j], needed];
      }
    }
    if (!worst) return markers;
    const [i, j] = worst;
    markers[i] = merge(markers[i]!, markers[j]!);
    markers.splice(j, 1);
  }
}

/**
 * Places that would still cluster at the zoom limit (the same spot, or nearly) are set on a ring around their
 * centre instead, each its own marker, so that every place can be chosen on the map.
 */
export function spreadClusters<P>(markers: readonly LaidOutMarker<P>[], zoom: number, pxPerUnit: number): LaidOutMarker<P>[] {
  return markers.flatMap((marker) => {
    if (marker.members.length === 1) return [marker];
    const { members } = marker;
    const widest = Math.max(...members.map((m) => m.hitRadius));
    // Neighbours on the ring are a chord 2·R·sin(π/n) apart: at least two hit radii and the gap.
    const ring = (widest + MARKER_GAP / 2) / Math.sin(Math.PI / members.length) / (zoom * pxPerUnit);
    return members.map((member, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / members.length;
      return { ...single(member), x: marker.x + ring * Math.cos(angle), y: marker.y + ring * Math.sin(angle) };
    });
  });
}

/** The markers drawn at a zoom: clusters while places are too close, spread on a ring past the zoom limit. */
export function layoutMarkers<P>(placed: readonly PlacedMarker<P>[], zoom: number, maxZoom: number, pxPerUnit: number): LaidOutMarker<P>[] {
  const clustered = clusterMarkers(placed, zoom, pxPerUnit);
  return zoom >= maxZoom ? spreadClusters(clustered, zoom, pxPerUnit) : clustered;
}

/** The zoom at which no two of the places cluster any more, with a little headroom, up to the zoom limit. */
export function zoomToSeparate(placed: readonly PlacedMarker<unknown>[], pxPerUnit: number): number {
  const markers = placed.map(single);
  let needed = 1;
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) needed = Math.max(needed, separatingZoom(markers[i]!, markers[j]!, pxPerUnit));
  }
  return Math.min(ZOOM_LIMIT, needed * HEADROOM);
}

/** How far the map zooms: until every place is its own marker, and at least a little. */
export function maxZoomFor(placed: readonly PlacedMarker<unknown>[], pxPerUnit: number): number {
  return Math.max(MIN_MAX_ZOOM, zoomToSeparate(placed, pxPerUnit));
}

/**
 * The view a cluster opens to: its places fitted to the view, zoomed no further than it takes to tell them
 * apart, but at least one zoom step in (so that every activation makes progress) and within the limits.
 */
export function viewIntoCluster(cluster: LaidOutMarker<unknown>, view: MapView, limits: ViewLimits, pxPerUnit: number): MapView {
  const xs = cluster.members.map((m) => m.x);
  const ys = cluster.members.map((m) => m.y);
  const [west, east, north, south] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = (3 * CLUSTER_RADIUS) / pxPerUnit;
  const fit = Math.min((limits.width - 2 * margin) / (east - west), (limits.height - 2 * margin) / (south - north));
  const k = Math.min(limits.maxZoom, Math.max(view.k * ZOOM_STEP, Math.min(fit, zoomToSeparate(cluster.members, pxPerUnit))));
  return centredOn([(west + east) / 2, (north + south) / 2], k, limits);
}
