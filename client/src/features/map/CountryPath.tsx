import { geoPath, type GeoProjection } from 'd3-geo';
import { useMemo } from 'react';
import type { CountryShape } from './baseMap';
import classes from './RegionMap.module.css';

/**
 * One country's outline, projected once per frame. A component of its own so that React can yield to the
 * browser between countries while it draws a new map: all of them in one go were a 400–870 ms task on a phone
 * (S8, /map), Russia alone about 70 ms.
 */
export function CountryPath({ country, projection }: { country: CountryShape; projection: GeoProjection }) {
  const d = useMemo(() => geoPath(projection)(country.shape), [country, projection]);
  return d ? <path d={d} className={classes.country} data-region={country.inRegion || undefined} /> : null;
}
