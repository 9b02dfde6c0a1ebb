import { Cursor } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import { expertColumns, readsKey, readsOfAll, type ExpertReads } from './expert-reads.js';
import { EXPERT_JOINS, toExpert, type ExpertRow, type ExpertView } from './expert.view.js';

export interface FirstPageKey {
  organisationId: string;
  first: number;
  /** What the query reads of each expert (expert-reads.ts); a batch reads what any of its keys reads. */
  reads: ExpertReads;
}

/**
 * The first page of people of many organisations in one statement, however many organisations a list shows:
 * a window numbers and counts each organisation's experts over their plain rows, and only the rows of the
 * pages are joined and aggregated (expert.view.ts, as in the directory). Plain objects; nothing is hydrated.
 */
export function createOrganisationExpertsLoader(em: Em): DataLoader<FirstPageKey, ConnectionShape<ExpertView>, string> {
  return new DataLoader<FirstPageKey, ConnectionShape<ExpertView>, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.organisationId))];
      const largest = Math.max(...keys.map((k) => k.first));
      const rows = await em.execute<(ExpertRow & { organisation_id: string; total: number })[]>(
        `select ranked.organisation_id, ranked.total, ${expertColumns(readsOfAll(keys.map((k) => k.reads)))}
           from (select x.id, x.organisation_id, row_number() over (partition by x.organisation_id order by x.full_name, x.id) as position,
                   count(*) over (partition by x.organisation_id)::int as total
                 from expert x where x.organisation_id = any(?::uuid[])) ranked
           join expert e on e.id = ranked.id ${EXPERT_JOINS}
          where ranked.position <= ? order by e.full_name, e.id`,
        [`{${ids.join(',')}}`, largest + 1],
      );
      const byOrganisation = new Map<string, { total: number; experts: ExpertView[] }>();
      for (const row of rows) {
        const own = byOrganisation.get(row.organisation_id) ?? { total: row.total, experts: [] };
        own.experts.push(toExpert(row));
        byOrganisation.set(row.organisation_id, own);
      }
      // The directory's cursor (expert.read.ts): "load more" continues through findExperts.
      const cursorOf = (node: ExpertView) => Cursor.encode([node.fullName, node.id]);
      return keys.map(({ organisationId, first }) => {
        const own = byOrganisation.get(organisationId) ?? { total: 0, experts: [] };
        const page = own.experts.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: cursorOf(node), node })),
          pageInfo: { hasNextPage: own.experts.length > first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
          totalCount: own.total,
        };
      });
    },
    { cacheKeyFn: (key) => `${key.organisationId}:${key.first}:${readsKey(key.reads)}` },
  );
}

declare module '../../core/loaders.js' {
  interface Loaders {
    organisationExperts: DataLoader<FirstPageKey, ConnectionShape<ExpertView>, string>;
  }
}
