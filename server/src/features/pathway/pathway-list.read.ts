import { isMember, type Viewer } from '../../core/auth.js';
import type { ConnectionArgs, ConnectionShape } from '../../core/connection.js';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { municipalityJson } from '../scope/place.view.js';
import type { PathwaySummaryType } from './pathway.types.js';

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const offset = Number(Buffer.from(after, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw BadUserInput.field('after', 'after is not a valid cursor');
  return offset;
}

const cursorOf = (offset: number) => Buffer.from(String(offset), 'utf8').toString('base64url');

/**
 * Published pathways, national first then by municipality: members see all, visitors the public ones. One statement
 * with its total, whatever the page size.
 */
export async function findPathways(
  em: Em,
  viewer: Viewer,
  filter: { countryCode: string | null },
  page: ConnectionArgs,
): Promise<ConnectionShape<PathwaySummaryType>> {
  const offset = offsetOf(page.after);
  const rows = await em.execute<(PathwaySummaryType & { total: number })[]>(
    `select p.id, p.level, p.country_code as "countryCode", ${municipalityJson('m')} as municipality, p.is_public as "isPublic",
            p.published_number as "publishedVersion", v.published_at as "publishedAt", jsonb_array_length(v.steps) as "stepCount",
            count(*) over ()::int as total
       from referral_pathway p
       join pathway_version v on v.pathway_id = p.id and v.number = p.published_number
       left join municipality m on m.id = p.municipality_id
      where (?::text is null or p.country_code = ?) and (? or p.is_public)
      order by p.country_code, m.name nulls first, p.id
      limit ? offset ?`,
    [filter.countryCode, filter.countryCode, isMember(viewer), page.first + 1, offset],
  );
  const nodes = rows.slice(0, page.first);
  return {
    edges: nodes.map(({ total: _, ...node }, i) => ({
      cursor: cursorOf(offset + i + 1),
      node: { ...node, publishedAt: new Date(node.publishedAt) },
    })),
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: nodes.length ? cursorOf(offset + nodes.length) : null },
    totalCount: rows[0]?.total ?? (offset > 0 ? await countPathways(em, viewer, filter) : 0),
  };
}

async function countPathways(em: Em, viewer: Viewer, filter: { countryCode: string | null }): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from referral_pathway p where p.published_number is not null
       and (?::text is null or p.country_code = ?) and (? or p.is_public)`,
    [filter.countryCode, filter.countryCode, isMember(viewer)],
  );
  return row?.n ?? 0;
}
