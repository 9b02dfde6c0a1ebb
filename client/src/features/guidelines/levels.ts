import type { MarkerTone } from '../map/mapPoint';
import type { MarkerSymbol } from '../map/MarkerShape';
import type { ImplementationLevel } from '../../gql/graphql';

/** The map's layer: a colour and a shape per level, so the level never rests on colour alone. */
export const LEVEL_TONE: Record<ImplementationLevel, MarkerTone> = { NONE: 'none', LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };
export const LEVEL_SYMBOL: Record<ImplementationLevel, MarkerSymbol> = {
  NONE: 'triangle',
  LOW: 'triangle',
  MEDIUM: 'square',
  HIGH: 'circle',
};
