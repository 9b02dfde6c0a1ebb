import { AUDIT_ACTIONS } from '@strom/shared';
import { useMemo } from 'react';
import type { AuditFilter } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';
import { pickKey } from '../directory/vocabOptions';

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
      action: pickKey(values.action, AUDIT_ACTIONS),
      from: dayBoundary(values.from, 'start'),
      to: dayBoundary(values.to, 'end'),
    };
    return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  }, [values]);
  return { ...params, filter };
}

/** The CSV download of the log as filtered on the page (the server checks the audit permission again). */
export function auditExportHref(filter: AuditFilter): string {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const search = query.toString();
  return `/export/audit.csv${search ? `?${search}` : ''}`;
}
