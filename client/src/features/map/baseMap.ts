import { feature } from 'topojson-client';
import atlas from './baltic-atlas.json';

type Topology = Parameters<typeof feature>[0];

export interface CountryShape {
  /** ISO 3166-1 numeric code, as world-atlas names countries. */
  id: string;
  name: string;
  /** A country of the Baltic Sea Region (drawn in colour); the others are grey context. */
  inRegion: boolean;
  shape: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
}

// The CBSS member states: DK EE FI DE IS LV LT NO PL RU SE.
const REGION_NUMERIC_CODES = new Set(['208', '233', '246', '276', '352', '428', '440', '578', '616', '643', '752']);

let shapes: CountryShape[] | undefined;

/** The country shapes around the region (scripts/baltic-atlas.mjs cut them from world-atlas 1:50m), decoded once. */
export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- a TopoJSON file written by scripts/baltic-atlas.mjs
  const topology = atlas as unknown as Topology;
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') return [];
  const collection = feature(topology, countries);
  shapes = collection.features.flatMap((country) => {
    const { geometry } = country;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const id = String(country.id ?? '');
    const name = typeof country.properties?.['name'] === 'string' ? country.properties['name'] : '';
    return [{ id, name, inRegion: REGION_NUMERIC_CODES.has(id), shape: { ...country, geometry } }];
  });
  return shapes;
}
