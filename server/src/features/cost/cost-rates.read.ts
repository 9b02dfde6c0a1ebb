import type { CostRates as SharedCostRates } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import type { CostRates } from './cost-reference.types.js';

/** The whole rates table (a few rows a year), in one statement; a comparison converts with it in memory. */
export async function loadCostRates(em: Em): Promise<CostRates & SharedCostRates> {
  const [row] = await em.execute<{ exchange: CostRates['exchange']; prices: CostRates['prices'] }[]>(
    `select coalesce((select json_agg(json_build_object('year', year, 'currency', currency, 'perEuro', per_euro::text,
         'source', source, 'updatedAt', updated_at) order by year desc, currency) from cost_exchange_rate), '[]'::json) as exchange,
       coalesce((select json_agg(json_build_object('year', year, 'countryCode', country_code, 'index', index::text,
         'source', source, 'updatedAt', updated_at) order by year desc, country_code) from cost_price_index), '[]'::json) as prices`,
  );
  return {
    exchange: (row?.exchange ?? []).map((rate) => ({ ...rate, perEuro: trimZeros(rate.perEuro), updatedAt: new Date(rate.updatedAt) })),
    prices: (row?.prices ?? []).map((price) => ({ ...price, index: trimZeros(price.index), updatedAt: new Date(price.updatedAt) })),
  };
}

/** numeric(15,6) reads back as "7.450900": shown and compared as typed, "7.4509". */
function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
