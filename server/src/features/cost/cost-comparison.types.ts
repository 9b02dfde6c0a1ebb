import type { CostCurrency as CostCurrencyKey } from '@strom/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { CostCurrency } from './cost.enums.js';
import { CostScenario, CostTotals } from './cost.types.js';

@ObjectType()
export class CostComparisonEntry {
  @Field(() => CostScenario)
  scenario!: CostScenario;

  @Field(() => CostTotals, { description: "Converted to the comparison's currency and price year (byMonth is left empty)" })
  totals!: CostTotals;
}

@ObjectType({ description: 'Scenarios side by side in one currency and price year' })
export class CostComparison {
  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  priceYear!: number;

  @Field(() => [CostComparisonEntry], { description: 'In the order asked; scenarios you may not read are left out' })
  entries!: CostComparisonEntry[];
}
