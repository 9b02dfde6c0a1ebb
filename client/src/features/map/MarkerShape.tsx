import type { SVGProps } from 'react';
import classes from './MarkerShape.module.css';

/** Marker shapes: where markers differ in meaning, they differ in shape as well as colour. */
export type MarkerSymbol = 'circle' | 'square' | 'triangle';

// Sides giving the same area as a circle of radius r: a marker's size stays true to its number
// whatever its shape.
const SQUARE_SIDE = Math.sqrt(Math.PI);
const TRIANGLE_SIDE = Math.sqrt((4 * Math.PI) / Math.sqrt(3));

// How far each shape reaches from its centre, as a multiple of r: a square's corner (half its diagonal), a
// triangle's vertex (its circumradius). Hit areas and spacing are measured from this, not from r.
const REACH: Record<MarkerSymbol, number> = {
  circle: 1,
  square: SQUARE_SIDE / Math.SQRT2,
  triangle: TRIANGLE_SIDE / Math.sqrt(3),
};

/** The distance from the centre to the shape's farthest point. */
export function shapeReach(symbol: MarkerSymbol = 'circle', r: number): number {
  return r * REACH[symbol];
}

type ShapeProps = Omit<SVGProps<SVGElement>, 'ref'> & { symbol?: MarkerSymbol; x: number; y: number; r: number };

export function MarkerShape({ symbol = 'circle', x, y, r, ...rest }: ShapeProps) {
  if (symbol === 'square') {
    const side = r * SQUARE_SIDE;
    return <rect x={x - side / 2} y={y - side / 2} width={side} height={side} data-symbol={symbol} {...rest} />;
  }
  if (symbol === 'triangle') {
    const side = r * TRIANGLE_SIDE;
    const height = (side * Math.sqrt(3)) / 2;
    // Centred on its centroid, pointing up.
    const points = [
      [x, y - (2 * height) / 3],
      [x + side / 2, y + height / 3],
      [x - side / 2, y + height / 3],
    ]
      .map(([px, py]) => `${px?.toFixed(2)},${py?.toFixed(2)}`)
      .join(' ');
    return <polygon points={points} data-symbol={symbol} {...rest} />;
  }
  return <circle cx={x} cy={y} r={r} data-symbol={symbol} {...rest} />;
}

/** The marker as a small inline picture, for legends and lists. */
export function MarkerIcon({ symbol }: { symbol?: MarkerSymbol }) {
  return (
    <svg viewBox="0 0 20 20" width="1em" height="1em" aria-hidden focusable="false" className={classes.icon}>
      <MarkerShape symbol={symbol} x={10} y={symbol === 'triangle' ? 11 : 10} r={6.5} />
    </svg>
  );
}
