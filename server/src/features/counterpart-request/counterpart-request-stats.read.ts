import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import { counterpartStatistics } from './counterpart-request.policy.js';
import type { CounterpartRequestStatistics } from './counterpart-request.types.js';

interface StatsRow {
  from_country_code: string | null;
  to_country_code: string | null;
  requests: string;
  answered: string;
  median_hours: number | null;
  years: number[] | null;
}

/** Hours to one decimal: the statistics need no more. */
const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10);

/** The year a request was opened, in UTC (every reader counts it in the same year). */
const OPENED_YEAR = `extract(year from r.created_at at time zone 'UTC')::int`;

/**
 * Anonymous counts for the TF-THB: requests per pair of countries, how many were answered and the median time to
 * the first answer, plus the totals, in one statement (grouping sets: each pair, then everything), of one year
 * when `year` is given, with the years that have requests. No ids, no names.
 */
export async function counterpartRequestStatistics(em: Em, viewer: Viewer, year: number | null): Promise<CounterpartRequestStatistics> {
  counterpartStatistics.authorize(viewer, 'read', await pathwayReaderFacts(em, viewer));
  const rows = await em.execute<StatsRow[]>(
    `select r.from_country_code, r.to_country_code, count(*) as requests, count(r.first_answered_at) as answered,
        percentile_cont(0.5) within group (order by extract(epoch from r.first_answered_at - r.created_at) / 3600)
          filter (where r.first_answered_at is not null) as median_hours,
        (select array_agg(y order by y desc) from (select distinct ${OPENED_YEAR} as y from counterpart_request r) ys) as years
       from counterpart_request r
      where ?::int is null or ${OPENED_YEAR} = ?::int
      group by grouping sets ((r.from_country_code, r.to_country_code), ())
      order by grouping(r.from_country_code) desc, count(*) desc, r.from_country_code, r.to_country_code`,
    [year, year],
  );
  const [total, ...pairs] = rows;
  const requests = Number(total?.requests ?? 0);
  const answered = Number(total?.answered ?? 0);
  return {
    requests,
    answered,
    answeredShare: requests === 0 ? 0 : answered / requests,
    medianHoursToFirstAnswer: round(total?.median_hours ?? null),
    pairs: pairs.map((pair) => ({
      fromCountryCode: pair.from_country_code!.trim(),
      toCountryCode: pair.to_country_code!.trim(),
      requests: Number(pair.requests),
      answered: Number(pair.answered),
      medianHoursToFirstAnswer: round(pair.median_hours),
    })),
    years: (total?.years ?? []).map(Number),
  };
}
