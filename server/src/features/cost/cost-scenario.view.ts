import {
  COST_GROUPS,
  COST_PAYERS,
  computeCostTotals,
  type CostCategory,
  type CostCurrency,
  type CostPayer,
  type CostPeriod,
} from '@strom/shared';
import type { CostLine, CostScenario, CostTotals } from './cost.types.js';

/** A scenario row as the read model selects it, its lines as one json_agg. */
export interface CostScenarioRow {
  id: string;
  owner_id: string;
  title: string;
  summary: string | null;
  country_code: string;
  municipality_id: string | null;
  municipality_name: string | null;
  currency: CostCurrency;
  price_year: number;
  template_key: string | null;
  shared: boolean;
  version: number;
  updated_at: Date | string;
  lines: LineJson[];
}

interface LineJson {
  category: CostCategory;
  payer: CostPayer;
  unitCostMinor: number | string;
  quantity: number;
  period: CostPeriod;
  periods: number;
  startDay: number;
  illustrative: boolean;
  sourceNote: string | null;
}

export const SCENARIO_COLUMNS = `s.id, s.owner_id, s.title, s.summary, s.country_code, s.municipality_id, mu.name as municipality_name,
  s.currency, s.price_year, s.template_key, s.shared, s.version, s.updated_at,
  coalesce((select json_agg(json_build_object('category', l.category, 'payer', l.payer, 'unitCostMinor', l.unit_cost_minor,
    'quantity', l.quantity, 'period', l.period, 'periods', l.periods, 'startDay', l.start_day,
    'illustrative', l.illustrative, 'sourceNote', l.source_note) order by l.position)
    from cost_line l where l.scenario_id = s.id), '[]'::json) as lines`;
export const SCENARIO_FROM = `cost_scenario s left join municipality mu on mu.id = s.municipality_id`;

/** A plain object shaped like the GraphQL type; totals from the one formula the editor also runs. */
export function toScenario(row: CostScenarioRow, viewerId: string | null): CostScenario {
  const lines = row.lines.map((line) => ({ ...line, unitCostMinor: Number(line.unitCostMinor) }));
  const totals = computeCostTotals(lines);
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    summary: row.summary,
    countryCode: row.country_code,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    currency: row.currency,
    priceYear: Number(row.price_year),
    templateKey: row.template_key,
    shared: row.shared,
    version: Number(row.version),
    mine: row.owner_id === viewerId,
    updatedAt: new Date(row.updated_at),
    lines: lines.map((line, index): CostLine => ({ ...line, totalMinor: totals.lineTotals[index]! })),
    totals: toTotalsType(totals),
  };
}

export function toTotalsType(totals: ReturnType<typeof computeCostTotals>): CostTotals {
  return {
    totalMinor: totals.totalMinor,
    byGroup: COST_GROUPS.map((key) => ({ key, totalMinor: totals.byGroup[key] })),
    byPayer: COST_PAYERS.map((key) => ({ key, totalMinor: totals.byPayer[key] })),
    byCategory: [...totals.byCategory].sort((a, b) => b.totalMinor - a.totalMinor),
    byMonth: totals.byMonth,
  };
}
