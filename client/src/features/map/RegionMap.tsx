import { geoPath } from 'd3-geo';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useMapStrings } from '../../app/mapStrings';
import { countryShapes } from './baseMap';
import { MarkerList } from './MarkerList';
import { MarkerShape, type MarkerSymbol } from './MarkerShape';
import { boundsOf, fitFrame, placeMarkers } from './projection';
import classes from './RegionMap.module.css';

export interface MapPoint {
  municipalityId: string;
  name: string;
  latitude: number;
  longitude: number;
  /** What the marker's area shows (organisations, experts…); 0 still draws a small marker. */
  size: number;
  /** Said by screen readers and shown in the list, e.g. "Klaipėda: 12 organisations, 30 experts". */
  label: string;
  /** Where points differ in kind (coverage status): shape and colour; a circle by default. */
  symbol?: MarkerSymbol;
}

export interface RegionMapProps {
  points: readonly MapPoint[];
  selectedId?: string | null;
  onSelect: (municipalityId: string) => void;
  /** The map's accessible name, e.g. "Map of Latvia". */
  title: string;
}

// Beside the marker, on its left near the right edge, so the name stays in the frame.
function labelAttributes({ x, y, r }: { x: number; y: number; r: number }, width: number) {
  const left = x > width * 0.75;
  return { x: left ? x - r - 5 : x + r + 5, y: y + 5, textAnchor: left ? ('end' as const) : ('start' as const) };
}

/**
 * The Baltic Sea Region as an offline SVG (country shapes bundled from world-atlas, no tile server),
 * fitted to the points, with one marker per municipality and the same points as a list of buttons.
 */
export function RegionMap({ points, selectedId, onSelect, title }: RegionMapProps) {
  useMapStrings();
  const frame = useMemo(() => fitFrame(boundsOf(points)), [points]);
  const countries = useMemo(() => {
    const path = geoPath(frame.projection);
    return countryShapes().flatMap((country) => {
      const d = path(country.shape);
      return d ? [{ ...country, d }] : [];
    });
  }, [frame]);
  const markers = useMemo(() => placeMarkers(points, frame.projection), [points, frame]);
  // Hovered or focused: its name is drawn next to it (the selected one's otherwise).
  const [activeId, setActiveId] = useState<string | null>(null);
  const labelled = markers.find((m) => m.point.municipalityId === (activeId ?? selectedId));

  const onKeyDown = (event: KeyboardEvent, municipalityId: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(municipalityId);
  };

  return (
    <div className={classes.layout}>
      <figure className={classes.figure}>
        {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an <svg> names its markers as a group; HTML's grouping tags cannot hold SVG */}
        <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="group" aria-label={title} className={classes.svg}>
          <g aria-hidden>
            {countries.map((country) => (
              <path
                key={country.id || country.name}
                d={country.d}
                className={classes.country}
                data-region={country.inRegion || undefined}
              />
            ))}
          </g>
          <g>
            {markers.map(({ point, x, y, r }) => (
              <MarkerShape
                key={point.municipalityId}
                symbol={point.symbol}
                x={x}
                y={y}
                r={r}
                className={classes.marker}
                // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an SVG shape cannot be a <button>; it takes focus and Enter/Space instead
                role="button"
                tabIndex={0}
                aria-label={point.label}
                aria-current={point.municipalityId === selectedId ? 'true' : undefined}
                data-active={point.municipalityId === activeId || undefined}
                data-testid="map-marker"
                onClick={() => onSelect(point.municipalityId)}
                onKeyDown={(event) => onKeyDown(event, point.municipalityId)}
                onMouseEnter={() => setActiveId(point.municipalityId)}
                onMouseLeave={() => setActiveId(null)}
                onFocus={() => setActiveId(point.municipalityId)}
                onBlur={() => setActiveId(null)}
              />
            ))}
          </g>
          {labelled && (
            <text aria-hidden className={classes.label} {...labelAttributes(labelled, frame.width)}>
              {labelled.point.name}
            </text>
          )}
        </svg>
      </figure>
      <MarkerList points={points} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}
