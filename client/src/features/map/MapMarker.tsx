import type { TFunction } from 'i18next';
import type { Ref, SVGProps } from 'react';
import type { MapPoint } from './mapPoint';
import { CLUSTER_RADIUS, type LaidOutMarker } from './markerLayout';
import { MarkerShape } from './MarkerShape';
import classes from './RegionMap.module.css';

// A cluster's accessible name lists this many places, then says how many more.
const NAMED_IN_CLUSTER = 4;

/** "Riga, Jelgava and Ogre", or "Riga, Jelgava, Ogre, Tukums and 3 more". */
export function clusterNames(members: readonly { point: MapPoint }[], t: TFunction, language?: string): string {
  const names = members.map((m) => m.point.name);
  const shown =
    names.length > NAMED_IN_CLUSTER
      ? [...names.slice(0, NAMED_IN_CLUSTER), t('map.cluster.more', { count: names.length - NAMED_IN_CLUSTER })]
      : names;
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(shown);
}

/** What a screen reader says for the marker: the place's label, or a cluster's count, places and action. */
export function markerLabel(marker: LaidOutMarker<MapPoint>, t: TFunction, language?: string): string {
  const [first] = marker.members;
  if (marker.members.length === 1 && first) return first.point.label;
  return t('map.cluster.label', { count: marker.members.length, names: clusterNames(marker.members, t, language) });
}

interface MarkerDrawingProps {
  marker: LaidOutMarker<MapPoint>;
  /** Where it is drawn, in frame units. */
  x: number;
  y: number;
  /** Frame units per CSS pixel: marker sizes are in pixels. */
  unit: number;
}

/** The visible marker: the place's shape, or a cluster's circle with its count. */
export function MarkerDrawing({ marker, x, y, unit, ...rest }: MarkerDrawingProps & SVGProps<SVGGElement>) {
  const [first] = marker.members;
  if (marker.members.length === 1 && first) {
    return (
      <g {...rest}>
        <MarkerShape
          symbol={first.point.symbol}
          data-tone={first.point.tone}
          x={x}
          y={y}
          r={first.radius * unit}
          className={classes.shape}
        />
      </g>
    );
  }
  return (
    <g data-cluster {...rest}>
      <circle cx={x} cy={y} r={CLUSTER_RADIUS * unit} className={classes.shape} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" className={classes.count} style={{ fontSize: 13 * unit }}>
        {marker.members.length}
      </text>
    </g>
  );
}

interface MapMarkerProps extends MarkerDrawingProps, Omit<SVGProps<SVGGElement>, 'ref' | 'x' | 'y'> {
  label: string;
  selected: boolean;
  markerRef: Ref<SVGGElement>;
}

/**
 * One marker as a button: an invisible circle at least 24 px across answers pointers around the drawn shape.
 * Neighbours' circles never overlap (markerLayout.ts), so what is under a marker's centre is that marker.
 */
export function MapMarker({ marker, x, y, unit, label, selected, markerRef, ...handlers }: MapMarkerProps) {
  return (
    <g
      ref={markerRef}
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <button>; the group takes focus and Enter/Space instead
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      className={classes.marker}
      data-testid="map-marker"
      {...handlers}
    >
      <circle cx={x} cy={y} r={marker.hitRadius * unit} className={classes.hit} />
      <MarkerDrawing marker={marker} x={x} y={y} unit={unit} />
    </g>
  );
}
