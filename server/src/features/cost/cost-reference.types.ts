import type { CostCurrency as CostCurrencyKey } from '@strom/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CostCurrency } from './cost.enums.js';
import { CostLine } from './cost.types.js';

@ObjectType({ description: 'Units of a currency per euro in a year, as an admin entered it from a publication' })
export class ExchangeRate {
  @Field(() => Int)
  year!: number;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => String, { description: 'A decimal, e.g. "7.4509"' })
  perEuro!: string;

  @Field(() => String)
  source!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: "A country's consumer price index in a year, as an admin entered it from a publication" })
export class PriceIndex {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  countryCode!: string;

  @Field(() => String)
  index!: string;

  @Field(() => String)
  source!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'The rates table comparisons convert with' })
export class CostRates {
  @Field(() => [ExchangeRate])
  exchange!: ExchangeRate[];

  @Field(() => [PriceIndex])
  prices!: PriceIndex[];
}

@ObjectType({ description: 'A starting point built from a national service basket; its unit prices are illustrative placeholders' })
export class CostTemplateNode {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  countryCode!: string;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  priceYear!: number;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'What the national basket covers, in its own words' })
  basis!: string;

  @Field(() => String, { description: "The basket's sources" })
  source!: string;

  @Field(() => [CostLine], { description: 'Every line illustrative: its unit price is a placeholder' })
  lines!: CostLine[];
}

@ObjectType({ description: 'A publication a figure comes from' })
export class CostSourceNode {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => String)
  year!: string;

  @Field(() => String)
  address!: string;
}

@ObjectType({ description: 'An aggregate figure seen in a publication, for context; never a unit price' })
export class PublishedCostFigure {
  @Field(() => String)
  country!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { description: 'In major units of its currency, as published' })
  amount!: number;

  @Field(() => Float, { nullable: true, description: 'The top of a published range' })
  amountHigh!: number | null;

  @Field(() => String, { description: 'ISO code as published (GBP figures are not converted)' })
  currency!: string;

  @Field(() => String, { description: 'The year as the publication states it' })
  year!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [CostSourceNode])
  sources!: CostSourceNode[];
}
