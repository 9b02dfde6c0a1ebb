import type { MarkerSymbol } from './MarkerShape';

/** A place on the map: one marker, one entry in the list beside it. */
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
  /** A colouring layer over the symbol's own colour (the guidelines' implementation level), lowest to highest. */
  tone?: MarkerTone;
}

export type MarkerTone = 'none' | 'low' | 'medium' | 'high';
