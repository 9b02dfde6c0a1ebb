import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { clampView, panBy, WHOLE_MAP, ZOOM_STEP, zoomAround, type MapView, type Point, type ViewLimits } from './mapView';

// A pointer that moves less than this (CSS pixels) between down and up clicked; further, it dragged the map.
// A fingertip wobbles more than a mouse.
const DRAG_THRESHOLD = { mouse: 4, touch: 10 };
// Arrow keys move the view by this share of its size.
const PAN_SHARE = 1 / 8;
// One notch of a mouse wheel (100 px of delta) zooms by 2^(100/WHEEL_SPEED).
const WHEEL_SPEED = 300;

interface Gesture {
  /** Active pointers, in frame units. */
  pointers: Map<number, Point>;
  start: Point | null;
  dragged: boolean;
}

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const middle = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** A client (CSS pixel) position as frame units of the SVG drawn at `rect`. */
function toFrame(svg: SVGSVGElement, width: number, clientX: number, clientY: number): Point {
  const rect = svg.getBoundingClientRect();
  const scale = rect.width > 0 ? width / rect.width : 1;
  return [(clientX - rect.left) * scale, (clientY - rect.top) * scale];
}

/**
 * The map's view and the ways to change it: the wheel (zooming out past the whole map scrolls the page
 * instead), a dragging pointer, a pinch of two fingers, and + / − and the arrow keys while the map has
 * focus. The view returns to the whole map when the frame changes (another country chosen).
 */
export function useMapView(svgRef: RefObject<SVGSVGElement | null>, limits: ViewLimits, frameKey: object) {
  const [state, setState] = useState({ frameKey, view: WHOLE_MAP });
  const view = state.frameKey === frameKey ? clampView(state.view, limits) : WHOLE_MAP;
  const update = useCallback(
    (change: (current: MapView) => MapView) =>
      setState((previous) => ({
        frameKey,
        view: change(previous.frameKey === frameKey ? clampView(previous.view, limits) : WHOLE_MAP),
      })),
    [frameKey, limits],
  );

  // React's wheel listener is passive and cannot keep the page from scrolling; this one can.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    const onWheel = (event: WheelEvent) => {
      const delta = event.deltaY * (event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1);
      if (delta === 0 || (delta > 0 && view.k <= 1 && !event.ctrlKey)) return;
      event.preventDefault();
      const anchor = toFrame(svg, limits.width, event.clientX, event.clientY);
      update((v) => zoomAround(v, 2 ** (-delta / WHEEL_SPEED), anchor, limits));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, update, limits, view.k]);

  const gesture = useRef<Gesture>({ pointers: new Map(), start: null, dragged: false });
  const suppressClick = useRef(false);

  const frameOf = (event: PointerEvent<SVGSVGElement>) => toFrame(event.currentTarget, limits.width, event.clientX, event.clientY);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const g = gesture.current;
    const at = frameOf(event);
    g.pointers.set(event.pointerId, at);
    if (g.pointers.size === 1) {
      [g.start, g.dragged] = [at, false];
      // A pinch ends without a click to swallow: the next gesture starts afresh.
      suppressClick.current = false;
    }
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    const before = g.pointers.get(event.pointerId);
    if (!before) return;
    const at = frameOf(event);
    const rect = event.currentTarget.getBoundingClientRect();
    const pxPerUnit = rect.width > 0 ? rect.width / limits.width : 1;
    const threshold = event.pointerType === 'mouse' ? DRAG_THRESHOLD.mouse : DRAG_THRESHOLD.touch;
    if (!g.dragged && g.start && distance(at, g.start) * pxPerUnit < threshold) return;
    if (!g.dragged) {
      g.dragged = true;
      // Captured only once it is a drag: a capture at pointerdown would take the click away from the marker.
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    const other = [...g.pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
    g.pointers.set(event.pointerId, at);
    if (other) {
      // A pinch: zoom by how much the fingers spread, around where they were, then follow their middle.
      const [from, to] = [middle(before, other), middle(at, other)];
      const factor = distance(at, other) / Math.max(1e-6, distance(before, other));
      update((v) => panBy(zoomAround(v, factor, from, limits), to[0] - from[0], to[1] - from[1], limits));
    } else {
      update((v) => panBy(v, at[0] - before[0], at[1] - before[1], limits));
    }
  };

  const onPointerEnd = (event: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    g.pointers.delete(event.pointerId);
    if (g.pointers.size === 0 && g.dragged) suppressClick.current = true;
  };

  // A drag that ends over a marker is not a choice of that marker.
  const onClickCapture = (event: { stopPropagation: () => void }) => {
    if (!suppressClick.current) return;
    suppressClick.current = false;
    event.stopPropagation();
  };

  const zoomBy = (factor: number, anchor: Point = [limits.width / 2, limits.height / 2]) =>
    update((v) => zoomAround(v, factor, anchor, limits));

  /** + and − zoom (around `anchor`, the focused marker), arrows move the view while zoomed in. */
  const onKeyDown = (event: KeyboardEvent, anchor?: Point) => {
    const pan: Record<string, Point> = {
      ArrowLeft: [limits.width * PAN_SHARE, 0],
      ArrowRight: [-limits.width * PAN_SHARE, 0],
      ArrowUp: [0, limits.height * PAN_SHARE],
      ArrowDown: [0, -limits.height * PAN_SHARE],
    };
    if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP, anchor);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / ZOOM_STEP, anchor);
    else if (pan[event.key] && view.k > 1) update((v) => panBy(v, pan[event.key]![0], pan[event.key]![1], limits));
    else return;
    event.preventDefault();
  };

  return {
    view,
    setView: (next: MapView) => update(() => next),
    zoomBy,
    onKeyDown,
    pointerHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onClickCapture,
    },
  };
}
