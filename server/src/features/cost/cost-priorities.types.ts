import type { CostCurrency as CostCurrencyKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CostCurrency } from './cost.enums.js';
import { CostCategoryTotal } from './cost.types.js';
import { MinorUnits } from './minor-units.scalar.js';

@ObjectType({ description: "Which categories drive cost across a municipality's scenarios, in one currency and price year" })
export class CostPriorities {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  priceYear!: number;

  @Field(() => Int, { description: 'The scenarios of the municipality you may read: yours and those shared' })
  scenarioCount!: number;

  @Field(() => MinorUnits)
  totalMinor!: number;

  @Field(() => [CostCategoryTotal], { description: 'Summed over the scenarios, largest first' })
  byCategory!: CostCategoryTotal[];
}
