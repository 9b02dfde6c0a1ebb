import type { CoverageStatus } from '../../gql/graphql';
import type { MarkerSymbol } from '../map/MarkerShape';

/** Best first, as the table's columns and the legend list them. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['CONTACT_POINT', 'MEMBERS_ONLY', 'NOBODY'];

// Shape as well as colour, so the map reads without telling colours apart (WCAG 1.4.1).
export const STATUS_SYMBOL: Record<CoverageStatus, MarkerSymbol> = {
  CONTACT_POINT: 'circle',
  MEMBERS_ONLY: 'square',
  NOBODY: 'triangle',
};

export function pickStatus(value: string | undefined): CoverageStatus | undefined {
  return COVERAGE_STATUSES.find((status) => status === value);
}
