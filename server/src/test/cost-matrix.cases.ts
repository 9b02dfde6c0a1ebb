import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The cost workbench's rows of the authorization matrix. Who reads which scenario is proven in
// features/cost/cost.test.ts; here every root field refuses whom it must and lets the others through to their own
// checks (probed with unknown ids or bad input, which change nothing).

const ADMINS: Role[] = ['admin'];
const none = () => ({});

const SCENARIO = {
  title: 'Matrix scenario',
  confirmations: [],
  countryCode: 'LV',
  currency: 'EUR',
  priceYear: 2026,
  shared: false,
  lines: [{ category: 'SHELTER', payer: 'STATE', unitCostMinor: 3500, quantity: 1, period: 'DAY', periods: 10, startDay: 0 }],
};

export const COST_MATRIX: MatrixCase[] = [
  {
    field: 'Query.costScenarios',
    document: `{ costScenarios(first: 5) { totalCount edges { node { id } } } }`,
    allowed: MEMBERS,
    variables: none,
  },
  {
    field: 'Query.costScenario',
    document: `query ($id: ID!) { costScenario(id: $id) { id } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.costScenario === null, 'an unknown scenario was found'),
  },
  {
    field: 'Query.costComparison',
    document: `query ($ids: [ID!]!) { costComparison(ids: $ids, currency: EUR, priceYear: 2026) { entries { scenario { id } } } }`,
    allowed: MEMBERS,
    variables: (t) => ({ ids: [t.unknownId] }),
    check: (data) => expectTrue(data.costComparison.entries.length === 0, 'an unknown scenario was compared'),
  },
  {
    field: 'Query.costPriorities',
    document: `query ($id: ID!) { costPriorities(municipalityId: $id, currency: EUR, priceYear: 2026) { scenarioCount byCategory { category } } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.costPriorities.scenarioCount === 0, 'an unknown municipality had scenarios'),
  },
  {
    field: 'Query.costTemplates',
    document: `{ costTemplates { key } }`,
    allowed: MEMBERS,
    variables: none,
    check: (data) => expectTrue(data.costTemplates.length === 3, 'the templates are missing'),
  },
  { field: 'Query.costRates', document: `{ costRates { exchange { year } prices { year } } }`, allowed: MEMBERS, variables: none },
  {
    field: 'Query.publishedCostFigures',
    document: `{ publishedCostFigures { amount } }`,
    allowed: MEMBERS,
    variables: none,
    check: (data) => expectTrue(data.publishedCostFigures.length > 0, 'no published figures'),
  },
  {
    // Refused viewers try a real save; allowed ones change an unknown scenario (NOT_FOUND, nothing written).
    field: 'Mutation.saveCostScenario',
    document: `mutation ($input: SaveCostScenarioInput!) { saveCostScenario(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { ...SCENARIO, id: t.unknownId } }),
    probe: (t) => ({ input: { ...SCENARIO, id: t.unknownId, expectedVersion: 1 } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.deleteCostScenario',
    document: `mutation ($id: ID!) { deleteCostScenario(id: $id) }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.setExchangeRate',
    document: `mutation ($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { exchange { year } } }`,
    allowed: ADMINS,
    variables: () => ({ input: { year: 2024, currency: 'SEK', perEuro: '11.43', source: 'Matrix figure' } }),
    probe: () => ({ input: { year: 2024, currency: 'SEK', perEuro: '0', source: 'Matrix figure' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.setPriceIndex',
    document: `mutation ($input: SetPriceIndexInput!) { setPriceIndex(input: $input) { prices { year } } }`,
    allowed: ADMINS,
    variables: () => ({ input: { year: 2024, countryCode: 'SE', index: '120.5', source: 'Matrix figure' } }),
    probe: () => ({ input: { year: 2024, countryCode: 'SE', index: 'many', source: 'Matrix figure' } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
];

/** The rates table is an admin power: refused to admins without two-factor (pinned in the matrix test). */
export const COST_POWERS = COST_MATRIX.filter((c) => c.allowed === ADMINS).map((c) => c.field);
