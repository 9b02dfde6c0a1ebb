/**
 * The part of the map in view: a frame point (x, y) at the whole-map view is drawn at
 * (view.x + view.k · x, view.y + view.k · y). The whole map is { k: 1, x: 0, y: 0 }.
 */
export interface MapView {
  k: number;
  x: number;
  y: number;
}

export const WHOLE_MAP: MapView = { k: 1, x: 0, y: 0 };

/** Each zoom button press or +/− key doubles or halves the zoom; a cluster opens at least this much. */
export const ZOOM_STEP = 2;

export interface ViewLimits {
  width: number;
  height: number;
  maxZoom: number;
}

export type Point = readonly [number, number];

/** Zoomed between the whole map and the limit, and panned no further than the map's edges. */
export function clampView({ k, x, y }: MapView, { width, height, maxZoom }: ViewLimits): MapView {
  const zoom = Math.min(maxZoom, Math.max(1, k));
  const clamp = (value: number, size: number) => Math.min(0, Math.max(size * (1 - zoom), value));
  return { k: zoom, x: clamp(x, width), y: clamp(y, height) };
}

/** Zoomed by `factor`, keeping the frame point under `anchor` (in view coordinates) where it is. */
export function zoomAround(view: MapView, factor: number, anchor: Point, limits: ViewLimits): MapView {
  const k = Math.min(limits.maxZoom, Math.max(1, view.k * factor));
  const scale = k / view.k;
  return clampView({ k, x: anchor[0] - (anchor[0] - view.x) * scale, y: anchor[1] - (anchor[1] - view.y) * scale }, limits);
}

export function panBy(view: MapView, dx: number, dy: number, limits: ViewLimits): MapView {
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, limits);
}

/** At zoom k, with the frame point `centre` in the middle of the view (as near as the edges allow). */
export function centredOn(centre: Point, k: number, limits: ViewLimits): MapView {
  return clampView({ k, x: limits.width / 2 - k * centre[0], y: limits.height / 2 - k * centre[1] }, limits);
}

/** Where a frame point is drawn in this view. */
export function toView(view: MapView, [x, y]: Point): Point {
  return [view.x + view.k * x, view.y + view.k * y];
}

/** The view moved just enough to show the point `margin` units inside its edges; unchanged when it already shows. */
export function revealPoint(view: MapView, point: Point, margin: number, limits: ViewLimits): MapView {
  const [x, y] = toView(view, point);
  const shift = (at: number, size: number) => (at < margin ? margin - at : at > size - margin ? size - margin - at : 0);
  const dx = shift(x, limits.width);
  const dy = shift(y, limits.height);
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy, limits);
}
