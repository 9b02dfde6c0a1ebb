import type { CostCurrency, CostRates as SharedCostRates } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import type { CostRates } from './cost-reference.types.js';

/** A row as json_build_object gives it: dates as text. */
type RateRow<K extends 'perEuro' | 'currency' | 'index' | 'countryCode'> = { year: number; source: string; updatedAt: string } & {
  [P in K]: P extends 'currency' ? CostCurrency : string;
};

/** The whole rates table (a few rows a year), in one statement; a comparison converts with it in memory. */
export async function loadCostRates(em: Em): Promise<CostRates & SharedCostRates> {
  const [row] = await em.execute<{ exchange: RateRow<'perEuro' | 'currency'>[]; prices: RateRow<'index' | 'countryCode'>[] }[]>(
    `select coalesce((select json_agg(json_build_object('year', year, 'currency', currency, 'perEuro', per_euro::text,
         'source', source, 'updatedAt', updated_at) order by year desc, currency) from cost_exchange_rate), '[]'::json) as exchange,
       coalesce((select json_agg(json_build_object('year', year, 'countryCode', country_code, 'index', index::text,
         'source', source, 'updatedAt', updated_at) order by year desc, country_code) from cost_price_index), '[]'::json) as prices`,
  );
  return {
    exchange: (row?.exchange ?? []).map((rate) => ({
      year: rate.year,
      currency: rate.currency,
      perEuro: trimZeros(rate.perEuro),
      source: rate.source,
      updatedAt: new Date(rate.updatedAt),
    })),
    prices: (row?.prices ?? []).map((price) => ({
      year: price.year,
      countryCode: price.countryCode,
      index: trimZeros(price.index),
      source: price.source,
      updatedAt: new Date(price.updatedAt),
    })),
  };
}

/** numeric(15,6) reads back as "7.450900": shown and compared as typed, "7.4509". */
function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
