import type {
  CostCategory as CostCategoryKey,
  CostCurrency as CostCurrencyKey,
  CostPayer as CostPayerKey,
  CostPeriod as CostPeriodKey,
} from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { CostCategory, CostCurrency, CostPayer, CostPeriod } from './cost.enums.js';
import { MinorUnits } from './minor-units.scalar.js';

@ObjectType({ description: 'One line of a scenario: unit cost × quantity every period, for a number of periods' })
export class CostLine {
  @Field(() => CostCategory)
  category!: CostCategoryKey;

  @Field(() => CostPayer)
  payer!: CostPayerKey;

  @Field(() => MinorUnits)
  unitCostMinor!: number;

  @Field(() => Int)
  quantity!: number;

  @Field(() => CostPeriod)
  period!: CostPeriodKey;

  @Field(() => Int)
  periods!: number;

  @Field(() => Int)
  startDay!: number;

  @Field(() => Boolean, { description: 'The unit cost is an illustrative placeholder from a template, not a price anyone published' })
  illustrative!: boolean;

  @Field(() => String, { nullable: true })
  sourceNote!: string | null;

  @Field(() => MinorUnits)
  totalMinor!: number;
}

@ObjectType()
export class CostCategoryTotal {
  @Field(() => CostCategory)
  category!: CostCategoryKey;

  @Field(() => MinorUnits)
  totalMinor!: number;
}

@ObjectType()
export class CostKeyedTotal {
  @Field(() => String, { description: 'A CostGroup or CostPayer key' })
  key!: string;

  @Field(() => MinorUnits)
  totalMinor!: number;
}

@ObjectType({ description: "A scenario's totals, computed by the same function as the editor's preview" })
export class CostTotals {
  @Field(() => MinorUnits)
  totalMinor!: number;

  @Field(() => [CostKeyedTotal], { description: 'IN_ANTICIPATION, AS_CONSEQUENCE, IN_RESPONSE' })
  byGroup!: CostKeyedTotal[];

  @Field(() => [CostKeyedTotal])
  byPayer!: CostKeyedTotal[];

  @Field(() => [CostCategoryTotal], { description: 'Largest first' })
  byCategory!: CostCategoryTotal[];

  @Field(() => [MinorUnits], { description: 'Month 1 first; a scenario month is 30 days' })
  byMonth!: number[];
}

@ObjectType({ description: 'An anonymised estimate of what assisting a typical case costs; never a person' })
export class CostScenario {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String)
  countryCode!: string;

  @Field(() => ID, { nullable: true })
  municipalityId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  priceYear!: number;

  @Field(() => String, { nullable: true })
  templateKey!: string | null;

  @Field(() => Boolean)
  shared!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => Boolean, { description: 'The viewer wrote it' })
  mine!: boolean;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => [CostLine])
  lines!: CostLine[];

  @Field(() => CostTotals)
  totals!: CostTotals;

  ownerId!: string;
}

export const CostScenarioConnection = ConnectionType('CostScenario', CostScenario);
