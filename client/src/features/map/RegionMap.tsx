import { memo, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../../app/mapStrings';
import { countryShapes } from './baseMap';
import { CountryPath } from './CountryPath';
import { clusterNames, MapMarker, MarkerDrawing, markerLabel } from './MapMarker';
import type { MapPoint } from './mapPoint';
import { layoutMarkers, maxZoomFor, viewIntoCluster, type LaidOutMarker } from './markerLayout';
import { MarkerList } from './MarkerList';
import { revealPoint, toView, WHOLE_MAP, ZOOM_STEP } from './mapView';
import { boundsOf, fitFrame, placeMarkers } from './projection';
import classes from './RegionMap.module.css';
import { useMapView } from './useMapView';
import { useShownWidth } from './useShownWidth';
import { ZoomControls } from './ZoomControls';

export type { MapPoint } from './mapPoint';

export interface RegionMapProps {
  points: readonly MapPoint[];
  selectedId?: string | null;
  onSelect: (municipalityId: string) => void;
  /** The map's accessible name, e.g. "Map of Latvia". */
  title: string;
}

type Marker = LaidOutMarker<MapPoint>;

const keyOf = (marker: Marker) => marker.members.map((m) => m.point.municipalityId).join(' ');
const holds = (marker: Marker, municipalityId: string | null | undefined) =>
  marker.members.some((m) => m.point.municipalityId === municipalityId);

// Beside the marker, on its left near the right edge, so the name stays in the frame.
function labelAttributes(x: number, y: number, reach: number, width: number, unit: number) {
  const left = x > width * 0.75;
  const gap = 5 * unit;
  return { x: left ? x - reach - gap : x + reach + gap, y: y + gap, textAnchor: left ? ('end' as const) : ('start' as const) };
}

/**
 * The Baltic Sea Region as an offline SVG (country shapes bundled from world-atlas, no tile server), fitted to
 * the points, with one marker per municipality (or per cluster of municipalities too close to tell apart at
 * the zoom), zoom and pan, and the same points as a list of buttons. Memoised: its page renders again when the
 * country filter's options arrive, and a blocking render of the whole map for that was 100–200 ms on a phone (S8).
 */
export const RegionMap = memo(function RegionMap({ points, selectedId, onSelect, title }: RegionMapProps) {
  useMapStrings();
  const { t, i18n } = useTranslation();
  const frame = useMemo(() => fitFrame(boundsOf(points)), [points]);
  // The same elements while the frame stays: zooming and panning re-render the markers, never the countries.
  const countries = useMemo(
    () =>
      countryShapes().map((country) => <CountryPath key={country.id || country.name} country={country} projection={frame.projection} />),
    [frame],
  );
  const placed = useMemo(() => placeMarkers(points, frame.projection), [points, frame]);

  // Marker sizes are in CSS pixels: how many the frame's units are drawn at decides their size in units.
  const svgRef = useRef<SVGSVGElement>(null);
  const shownWidth = useShownWidth(svgRef);
  const pxPerUnit = shownWidth > 0 ? shownWidth / frame.width : 1;
  const unit = 1 / pxPerUnit;
  const maxZoom = useMemo(() => maxZoomFor(placed, pxPerUnit), [placed, pxPerUnit]);
  const limits = useMemo(() => ({ width: frame.width, height: frame.height, maxZoom }), [frame, maxZoom]);
  const { view, setView, zoomBy, onKeyDown, pointerHandlers } = useMapView(svgRef, limits, frame);
  const markers = useMemo(() => layoutMarkers(placed, view.k, maxZoom, pxPerUnit), [placed, view.k, maxZoom, pxPerUnit]);

  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  // The place whose marker has the focus, and that marker's element: when a zoom merges or splits the marker,
  // its element goes, and the focus moves to the marker that now holds the place instead of to the page.
  const focusFollows = useRef<{ id: string; element: Element } | null>(null);
  useEffect(() => {
    const follow = focusFollows.current;
    if (!follow || follow.element.isConnected) return;
    const marker = markers.find((m) => holds(m, follow.id));
    if (marker) elements.current.get(keyOf(marker))?.focus();
  }, [markers]);

  const onMarkerBlur = (event: FocusEvent) => {
    setFocusedKey(null);
    // The focus moved on (a marker a zoom removes blurs towards nothing, if it blurs at all).
    if (event.relatedTarget) focusFollows.current = null;
  };

  const at = (marker: Marker) => toView(view, [marker.x, marker.y]);
  const focused = markers.find((m) => keyOf(m) === focusedKey);
  const selected = markers.find((m) => holds(m, selectedId));
  const labelled = focused ?? markers.find((m) => keyOf(m) === hoveredKey) ?? selected;

  const activate = (marker: Marker) => {
    const [first, ...others] = marker.members;
    if (!first) return;
    if (others.length === 0) onSelect(first.point.municipalityId);
    else {
      if (focusFollows.current) focusFollows.current.id = first.point.municipalityId;
      setView(viewIntoCluster(marker, view, limits, pxPerUnit));
    }
  };
  const onMarkerKeyDown = (event: KeyboardEvent, marker: Marker) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate(marker);
  };
  const onMarkerFocus = (event: FocusEvent, marker: Marker) => {
    setFocusedKey(keyOf(marker));
    focusFollows.current = { id: marker.members[0]?.point.municipalityId ?? '', element: event.currentTarget };
    // Tabbing to a marker outside the view brings it into view.
    const revealed = revealPoint(view, [marker.x, marker.y], marker.hitRadius * unit, limits);
    if (revealed !== view) setView(revealed);
  };

  return (
    <div className={classes.layout}>
      <div className={classes.mapColumn}>
        <ZoomControls onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onReset={() => setView(WHOLE_MAP)} />
        <figure className={classes.figure}>
          {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the map's own keys and gestures: zoom and pan */}
          <svg
            ref={svgRef}
            viewBox={`0 0 ${frame.width} ${frame.height}`}
            // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an <svg> names its markers as a group; HTML's grouping tags cannot hold SVG
            role="group"
            aria-label={title}
            // Focusable itself, so that + / − and the arrow keys work before any marker has the focus.
            // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: the group takes the zoom and pan keys
            tabIndex={0}
            className={classes.svg}
            data-zoomed={view.k > 1 || undefined}
            onKeyDown={(event) => onKeyDown(event, focused ? at(focused) : undefined)}
            {...pointerHandlers}
          >
            <g aria-hidden transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
              {countries}
            </g>
            <g>
              {markers.map((marker) => {
                const key = keyOf(marker);
                const [x, y] = at(marker);
                return (
                  <MapMarker
                    key={key}
                    markerRef={(element) => {
                      if (element) elements.current.set(key, element);
                      else elements.current.delete(key);
                    }}
                    marker={marker}
                    x={x}
                    y={y}
                    unit={unit}
                    label={markerLabel(marker, t, i18n.resolvedLanguage)}
                    selected={marker === selected}
                    onClick={() => activate(marker)}
                    onKeyDown={(event) => onMarkerKeyDown(event, marker)}
                    onMouseEnter={() => setHoveredKey(key)}
                    onMouseLeave={() => setHoveredKey(null)}
                    onFocus={(event) => onMarkerFocus(event, marker)}
                    onBlur={onMarkerBlur}
                  />
                );
              })}
            </g>
            {/* Drawn again on top, so that no neighbour hides the chosen, pointed-at or focused marker. */}
            <g aria-hidden className={classes.overlay}>
              {[selected, labelled].map(
                (marker, index) =>
                  marker && (
                    <MarkerDrawing
                      key={index}
                      marker={marker}
                      x={at(marker)[0]}
                      y={at(marker)[1]}
                      unit={unit}
                      data-focused={marker === focused || undefined}
                    />
                  ),
              )}
              {labelled && (
                <text
                  className={classes.label}
                  style={{ fontSize: 15 * unit, strokeWidth: 4 * unit }}
                  {...labelAttributes(...at(labelled), labelled.hitRadius * unit, frame.width, unit)}
                >
                  {labelled.members.length === 1
                    ? labelled.members[0]?.point.name
                    : clusterNames(labelled.members, t, i18n.resolvedLanguage)}
                </text>
              )}
            </g>
          </svg>
        </figure>
      </div>
      <MarkerList points={points} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
});
