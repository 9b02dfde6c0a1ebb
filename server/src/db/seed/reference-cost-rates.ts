import type { Em } from '../orm.js';
import { PUBLISHED_EXCHANGE_RATES, PUBLISHED_PRICE_INDICES, sourceText } from './reference/cost-rates.js';

/**
 * The published rates, inserted when missing at every start. A row an admin has entered or corrected is left
 * alone: from then on the rates table is theirs (its `updated_by_id` says who), and a restart must not undo it.
 */
export async function insertPublishedCostRates(em: Em): Promise<void> {
  const now = new Date().toISOString();
  if (PUBLISHED_EXCHANGE_RATES.length > 0)
    await em.execute(
      `insert into cost_exchange_rate (year, currency, per_euro, source, updated_at)
         select r.year, r.currency, r."perEuro"::numeric, r.source, ?::timestamptz
           from json_to_recordset(?::json) as r(year int, currency text, "perEuro" text, source text)
         on conflict (year, currency) do nothing`,
      [now, JSON.stringify(PUBLISHED_EXCHANGE_RATES.map((rate) => ({ ...rate, source: sourceText(rate.source) })))],
    );
  if (PUBLISHED_PRICE_INDICES.length > 0)
    await em.execute(
      `insert into cost_price_index (year, country_code, index, source, updated_at)
         select r.year, r."countryCode", r.index::numeric, r.source, ?::timestamptz
           from json_to_recordset(?::json) as r(year int, "countryCode" text, index text, source text)
         on conflict (year, country_code) do nothing`,
      [now, JSON.stringify(PUBLISHED_PRICE_INDICES.map((price) => ({ ...price, source: sourceText(price.source) })))],
    );
}
