import { COST_CATEGORIES, COST_CURRENCIES, COST_GROUPS, COST_PAYERS, COST_PERIODS } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CostCategory = enumOf(Object.keys(COST_CATEGORIES) as (keyof typeof COST_CATEGORIES)[]);
export const CostGroup = enumOf(COST_GROUPS);
export const CostPayer = enumOf(COST_PAYERS);
export const CostPeriod = enumOf(COST_PERIODS);
export const CostCurrency = enumOf(COST_CURRENCIES);

registerEnumType(CostCategory, { name: 'CostCategory', description: 'What a cost is for (vocabulary costCategories)' });
registerEnumType(CostGroup, {
  name: 'CostGroup',
  description: 'The cost-of-crime moment (RR100): in anticipation, as a consequence, in response',
});
registerEnumType(CostPayer, { name: 'CostPayer', description: 'Who bears a cost' });
registerEnumType(CostPeriod, { name: 'CostPeriod', description: 'How often a line recurs; a scenario month is 30 days' });
registerEnumType(CostCurrency, { name: 'CostCurrency', description: 'Currencies of the STROM countries' });
