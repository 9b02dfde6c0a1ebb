import type { CostCategory } from '../vocabularies.js';

/** The cost-of-crime framework's three moments (UK Home Office RR100, after Heeks et al. 2018). */
export const COST_GROUPS = ['IN_ANTICIPATION', 'AS_CONSEQUENCE', 'IN_RESPONSE'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

/** Which moment each category belongs to, as in the reference vocabulary (a test keeps the two equal). */
export const COST_CATEGORY_GROUP: Record<CostCategory, CostGroup> = {
  PREVENTION_COORDINATION: 'IN_ANTICIPATION',
  SHELTER: 'AS_CONSEQUENCE',
  MEDICAL: 'AS_CONSEQUENCE',
  PSYCHOLOGICAL: 'AS_CONSEQUENCE',
  SOCIAL_ASSISTANCE: 'AS_CONSEQUENCE',
  CHILD_PROTECTION: 'AS_CONSEQUENCE',
  LEGAL_AID: 'AS_CONSEQUENCE',
  INTERPRETATION: 'AS_CONSEQUENCE',
  CASE_MANAGEMENT: 'AS_CONSEQUENCE',
  RETURN_REINTEGRATION: 'AS_CONSEQUENCE',
  LOST_OUTPUT: 'AS_CONSEQUENCE',
  PERSONAL_COSTS: 'AS_CONSEQUENCE',
  LAW_ENFORCEMENT: 'IN_RESPONSE',
  CRIMINAL_JUSTICE: 'IN_RESPONSE',
};

/** Who bears a cost (HEUNI Report 87 names the state, municipalities, NGOs and the victim). */
export const COST_PAYERS = ['MUNICIPALITY', 'STATE', 'NGO', 'VICTIM'] as const;
export type CostPayer = (typeof COST_PAYERS)[number];

/** Currencies of the STROM countries' scenarios; every one has two decimal places (cents, øre, grosze, kopecks). */
export const COST_CURRENCIES = ['EUR', 'DKK', 'SEK', 'NOK', 'PLN', 'RUB'] as const;
export type CostCurrency = (typeof COST_CURRENCIES)[number];
export const MINOR_UNITS_PER_MAJOR = 100;

/**
 * How often a line's quantity recurs. A scenario month is 30 days: the service baskets count days
 * ("180 days of rehabilitation" is six months), and a typical case has no calendar start.
 */
export const COST_PERIODS = ['ONCE', 'DAY', 'WEEK', 'MONTH'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];
export const DAYS_PER_SCENARIO_MONTH = 30;
