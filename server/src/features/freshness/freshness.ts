/** A record not confirmed for this long asks its editors to look at it again, and ranks after fresher ones. */
export const CONFIRMATION_INTERVAL = `interval '1 year'`;

/**
 * Whether a record was confirmed within the interval, as SQL over its `last_confirmed_at` column. Measured against
 * the database's clock: reads rank and count with it, as the reminder job compares with its own run's time.
 */
export function recentlyConfirmedSql(column: string): string {
  return `(${column} >= now() - ${CONFIRMATION_INTERVAL})`;
}
