import type { CostCurrency } from '@strom/shared';
import ratesFile from './cost-rates.json' with { type: 'json' };

/**
 * The published exchange rates and price indices the rates table starts from (`cost-rates.json`; its `about`
 * says which figures could not be verified and are therefore left to admins). Each row carries the source it was
 * read in, written into the table's `source` column as "title, address".
 */
export interface PublishedRateSource {
  id: string;
  title: string;
  address: string;
}

export interface PublishedExchangeRate {
  year: number;
  currency: Exclude<CostCurrency, 'EUR'>;
  perEuro: string;
  source: PublishedRateSource;
}

export interface PublishedPriceIndex {
  year: number;
  countryCode: string;
  index: string;
  source: PublishedRateSource;
}

interface RateFile {
  sources: PublishedRateSource[];
  exchangeRates: { year: number; currency: string; perEuro: string; sourceId: string }[];
  priceIndices: { year: number; countryCode: string; index: string; sourceId: string }[];
}

const file: RateFile = ratesFile;
const SOURCES = new Map(file.sources.map((source) => [source.id, source]));

function sourceOf(id: string): PublishedRateSource {
  const source = SOURCES.get(id);
  if (!source) throw new Error(`cost-rates.json: no source ${id}`);
  return source;
}

const CURRENCIES: readonly PublishedExchangeRate['currency'][] = ['DKK', 'SEK', 'NOK', 'PLN', 'RUB'];

export const PUBLISHED_EXCHANGE_RATES: readonly PublishedExchangeRate[] = file.exchangeRates.map((rate) => {
  const currency = CURRENCIES.find((code) => code === rate.currency);
  if (!currency) throw new Error(`cost-rates.json: ${rate.currency} is not a workbench currency`);
  return { ...rate, currency, source: sourceOf(rate.sourceId) };
});

export const PUBLISHED_PRICE_INDICES: readonly PublishedPriceIndex[] = file.priceIndices.map((index) => ({
  ...index,
  source: sourceOf(index.sourceId),
}));

/** The text of the table's `source` column: what a reader needs to find the figure again. */
export const sourceText = (source: PublishedRateSource) => `${source.title}, ${source.address}`;
