import type { CostCurrency, CostLine } from '@strom/shared';
import costsFile from '../../db/seed/reference/costs.json' with { type: 'json' };

/** A template line: its structure cites the service basket; its unit price is an illustrative placeholder. */
export interface TemplateLine extends CostLine {
  sourceNote: string;
}

export interface CostTemplate {
  key: string;
  title: string;
  countryCode: string;
  currency: CostCurrency;
  priceYear: number;
  summary: string;
  /** The basket's own words on what it covers, and its sources, as costs.json gives them. */
  basis: string;
  source: string;
  lines: TemplateLine[];
}

const baskets = costsFile.serviceBaskets;
const assumed = (what: string) => `${what}: an assumption of this template; adjust it to the case.`;
const fromBasket = (what: string, source: string) => `${what} (${source}).`;

const LATVIA = baskets.Latvia.source;
const ESTONIA = baskets.Estonia.source;
const LITHUANIA = baskets.Lithuania.source;

/**
 * Templates built from the national service baskets of costs.json (HEUNI Report 87 unit costs were not available):
 * categories, quantities and durations cite the basket where it states them and say so where they are assumed.
 * Every unit price is an illustrative placeholder: a saved line keeps `illustrative` while its price is the
 * template's, and the product shows it as such until the member enters their own.
 */
export const COST_TEMPLATES: readonly CostTemplate[] = [
  {
    key: 'LV_REHABILITATION_180',
    title: 'Latvia: state-funded social rehabilitation course (up to 180 days)',
    countryCode: 'LV',
    currency: 'EUR',
    priceYear: 2026,
    summary:
      'A typical adult case in the state-funded rehabilitation course: safe accommodation, social worker, psychologist, medical and legal consultations, then five post-programme consultations.',
    basis: baskets.Latvia.items.map((item) => item.service).join('; '),
    source: LATVIA,
    lines: [
      {
        category: 'SHELTER',
        payer: 'STATE',
        unitCostMinor: 3500,
        quantity: 1,
        period: 'DAY',
        periods: 180,
        startDay: 0,
        sourceNote: fromBasket('Safe accommodation during the course, up to 180 days', LATVIA),
      },
      {
        category: 'CASE_MANAGEMENT',
        payer: 'STATE',
        unitCostMinor: 2500,
        quantity: 2,
        period: 'WEEK',
        periods: 26,
        startDay: 0,
        sourceNote: assumed('Two hours of social work a week'),
      },
      {
        category: 'PSYCHOLOGICAL',
        payer: 'STATE',
        unitCostMinor: 5000,
        quantity: 1,
        period: 'WEEK',
        periods: 26,
        startDay: 0,
        sourceNote: assumed('One psychologist session a week'),
      },
      {
        category: 'MEDICAL',
        payer: 'STATE',
        unitCostMinor: 10000,
        quantity: 1,
        period: 'MONTH',
        periods: 6,
        startDay: 0,
        sourceNote: assumed('One medical consultation a month'),
      },
      {
        category: 'LEGAL_AID',
        payer: 'STATE',
        unitCostMinor: 4000,
        quantity: 2,
        period: 'MONTH',
        periods: 6,
        startDay: 0,
        sourceNote: assumed('Two hours of legal consultation a month'),
      },
      {
        category: 'CASE_MANAGEMENT',
        payer: 'STATE',
        unitCostMinor: 2500,
        quantity: 5,
        period: 'ONCE',
        periods: 1,
        startDay: 180,
        sourceNote: fromBasket('Five one-hour post-programme consultations', LATVIA),
      },
      {
        category: 'RETURN_REINTEGRATION',
        payer: 'STATE',
        unitCostMinor: 60000,
        quantity: 1,
        period: 'ONCE',
        periods: 1,
        startDay: 170,
        sourceNote: fromBasket('Organised return including accompaniment, per case, where needed', LATVIA),
      },
    ],
  },
  {
    key: 'EE_ASSISTANCE_60',
    title: 'Estonia: assistance to a presumed victim not in criminal proceedings (up to 60 days)',
    countryCode: 'EE',
    currency: 'EUR',
    priceYear: 2026,
    summary: 'A typical adult case before or outside criminal proceedings: the services of the Estonian basket for up to 60 days.',
    basis: `${baskets.Estonia.items.join('; ')}. ${baskets.Estonia.duration}`,
    source: ESTONIA,
    lines: [
      {
        category: 'SHELTER',
        payer: 'STATE',
        unitCostMinor: 3500,
        quantity: 1,
        period: 'DAY',
        periods: 60,
        startDay: 0,
        sourceNote: fromBasket('Safe accommodation, up to 60 days for a presumed victim not in proceedings', ESTONIA),
      },
      {
        category: 'SOCIAL_ASSISTANCE',
        payer: 'STATE',
        unitCostMinor: 1000,
        quantity: 1,
        period: 'DAY',
        periods: 60,
        startDay: 0,
        sourceNote: fromBasket('Catering, for the same 60 days', ESTONIA),
      },
      {
        category: 'CASE_MANAGEMENT',
        payer: 'STATE',
        unitCostMinor: 2500,
        quantity: 2,
        period: 'WEEK',
        periods: 9,
        startDay: 0,
        sourceNote: assumed('Counselling and help with state and local authorities, two hours a week'),
      },
      {
        category: 'PSYCHOLOGICAL',
        payer: 'STATE',
        unitCostMinor: 5000,
        quantity: 1,
        period: 'WEEK',
        periods: 9,
        startDay: 0,
        sourceNote: assumed('One psychological session a week'),
      },
      {
        category: 'MEDICAL',
        payer: 'STATE',
        unitCostMinor: 10000,
        quantity: 1,
        period: 'MONTH',
        periods: 2,
        startDay: 0,
        sourceNote: assumed('One health service a month'),
      },
      {
        category: 'SOCIAL_ASSISTANCE',
        payer: 'STATE',
        unitCostMinor: 15000,
        quantity: 1,
        period: 'ONCE',
        periods: 1,
        startDay: 0,
        sourceNote: assumed('Material assistance, once'),
      },
      {
        category: 'INTERPRETATION',
        payer: 'STATE',
        unitCostMinor: 3000,
        quantity: 4,
        period: 'MONTH',
        periods: 2,
        startDay: 0,
        sourceNote: assumed('Four hours of interpretation a month'),
      },
    ],
  },
  {
    key: 'LT_REFLECTION_30',
    title: 'Lithuania: reflection period of a foreign victim (30 days)',
    countryCode: 'LT',
    currency: 'EUR',
    priceYear: 2026,
    summary: 'A typical case of a foreign adult during the 30-day reflection period, assisted by a specialised NGO funded by the state.',
    basis: `Reflection period for foreign victims: ${baskets.Lithuania.reflectionPeriodForeignVictims}; ${baskets.Lithuania.providers}`,
    source: LITHUANIA,
    lines: [
      {
        category: 'SHELTER',
        payer: 'STATE',
        unitCostMinor: 3500,
        quantity: 1,
        period: 'DAY',
        periods: 30,
        startDay: 0,
        sourceNote: fromBasket('Safe accommodation for the 30-day reflection period', LITHUANIA),
      },
      {
        category: 'CASE_MANAGEMENT',
        payer: 'NGO',
        unitCostMinor: 2500,
        quantity: 3,
        period: 'WEEK',
        periods: 5,
        startDay: 0,
        sourceNote: assumed('Three hours of NGO case work a week'),
      },
      {
        category: 'PSYCHOLOGICAL',
        payer: 'STATE',
        unitCostMinor: 5000,
        quantity: 1,
        period: 'WEEK',
        periods: 5,
        startDay: 0,
        sourceNote: assumed('One psychologist session a week'),
      },
      {
        category: 'INTERPRETATION',
        payer: 'STATE',
        unitCostMinor: 3000,
        quantity: 6,
        period: 'WEEK',
        periods: 5,
        startDay: 0,
        sourceNote: assumed('Six hours of interpretation a week'),
      },
      {
        category: 'MEDICAL',
        payer: 'STATE',
        unitCostMinor: 10000,
        quantity: 1,
        period: 'ONCE',
        periods: 1,
        startDay: 0,
        sourceNote: assumed('One medical examination'),
      },
    ],
  },
];

export function templateByKey(key: string): CostTemplate | undefined {
  return COST_TEMPLATES.find((template) => template.key === key);
}
