import costsFile from '../../db/seed/reference/costs.json' with { type: 'json' };

/** A publication the workbench cites (costs.json `sources`). */
export interface CostSource {
  id: string;
  title: string;
  publisher: string;
  year: string;
  address: string;
}

/**
 * A figure seen in a publication: an aggregate (a national budget, a per-victim cost of a whole framework), shown
 * beside scenarios for context and never used as a unit price.
 */
export interface PublishedFigure {
  country: string;
  category: string;
  unit: string;
  amount: number;
  amountHigh: number | null;
  currency: string;
  year: string;
  note: string | null;
  sourceIds: string[];
  sourceType: string | null;
}

export const COST_SOURCES: ReadonlyMap<string, CostSource> = new Map(costsFile.sources.map((source) => [source.id, source]));

/** Source ids as costs.json names them: "UK-RR100-PROFSEC (citing Home Office RR100)", "EU-STRATEGY-2021; EU-PROGRESS-2020". */
export function sourceIdsIn(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim().split(/\s/)[0] ?? '')
    .filter((id) => COST_SOURCES.has(id));
}

export const PUBLISHED_FIGURES: readonly PublishedFigure[] = costsFile.publishedFigures.map((figure) => {
  const extra = figure as { amountHigh?: number; note?: string; sourceType?: string };
  return {
    country: figure.country,
    category: figure.category,
    unit: figure.unit,
    amount: figure.amount,
    amountHigh: extra.amountHigh ?? null,
    currency: figure.currency,
    year: figure.year,
    note: extra.note ?? null,
    sourceIds: sourceIdsIn(figure.source),
    sourceType: extra.sourceType ?? null,
  };
});
