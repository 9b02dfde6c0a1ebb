import { Cursor } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import { Expert } from './expert.entity.js';

export interface FirstPageKey {
  organisationId: string;
  first: number;
}

const ORDER = { fullName: 'asc', id: 'asc' } as const;

/**
 * The first page of people of many organisations in two statements, however many organisations a list shows:
 * a window function numbers each organisation's experts, a grouped count gives the totals.
 */
export function createOrganisationExpertsLoader(em: Em): DataLoader<FirstPageKey, ConnectionShape<Expert>, string> {
  return new DataLoader<FirstPageKey, ConnectionShape<Expert>, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.organisationId))];
      const placeholders = ids.map(() => '?').join(', ');
      const largest = Math.max(...keys.map((k) => k.first));
      const connection = em.getConnection();
      const [rows, counts] = await Promise.all([
        connection.execute<Record<string, unknown>[]>(
          `select * from (select e.*, row_number() over (partition by e.organisation_id order by e.full_name, e.id) as position
             from expert e where e.organisation_id in (${placeholders})) ranked where position <= ? order by full_name, id`,
          [...ids, largest + 1],
        ),
        connection.execute<{ organisation_id: string; total: number }[]>(
          `select organisation_id, count(*)::int as total from expert where organisation_id in (${placeholders}) group by organisation_id`,
          ids,
        ),
      ]);
      const experts = rows.map(({ position: _position, search_vector: _vector, search_name: _name, ...row }) => em.map(Expert, row));
      const totals = new Map(counts.map((c) => [c.organisation_id, c.total]));
      const meta = em.getMetadata().get(Expert);
      const cursorOf = (node: Expert) => Cursor.for<Expert>(meta, { fullName: node.fullName, id: node.id }, ORDER);
      return keys.map(({ organisationId, first }) => {
        const own = experts.filter((e) => e.organisation.id === organisationId);
        const page = own.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: cursorOf(node), node })),
          pageInfo: { hasNextPage: own.length > first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
          totalCount: totals.get(organisationId) ?? 0,
        };
      });
    },
    { cacheKeyFn: (key) => `${key.organisationId}:${key.first}` },
  );
}

declare module '../../core/loaders.js' {
  interface Loaders {
    organisationExperts: DataLoader<FirstPageKey, ConnectionShape<Expert>, string>;
  }
}
