import { SEARCH_TEXT_MAX } from '@strom/shared';
import { useMemo } from 'react';
import type { AuditFilter } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';

export const auditFilterParams = ['action', 'from', 'to'] as const;
export type AuditFilterParam = (typeof auditFilterParams)[number];

/**
 * A calendar day picked by the reader means that day in the reader's own time zone. The API's `from`
 * is inclusive and its `to` exclusive: "to 5 March" is sent as the first moment of 6 March there.
 */
export function dayBoundary(day: string | undefined, edge: 'start' | 'end'): string | undefined {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return undefined;
  const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (edge === 'end' ? 1 : 0));
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

export function useAuditFilter() {
  const params = useFilterParams(auditFilterParams);
  const { values } = params;
  const filter = useMemo((): AuditFilter => {
    const candidate: AuditFilter = {
      action: values.action?.slice(0, SEARCH_TEXT_MAX),
      from: dayBoundary(values.from, 'start'),
      to: dayBoundary(values.to, 'end'),
    };
    return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  }, [values]);
  return { ...params, filter };
}
