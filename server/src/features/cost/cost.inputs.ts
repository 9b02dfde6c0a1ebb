import {
  COST_LINES_MAX,
  COST_NOTE_MAX,
  COST_TITLE_MAX,
  COST_YEAR_MAX,
  COST_YEAR_MIN,
  DESCRIPTION_MAX,
  type CostCategory as CostCategoryKey,
  type CostCurrency as CostCurrencyKey,
  type CostPayer as CostPayerKey,
  type CostPeriod as CostPeriodKey,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { CostCategory, CostCurrency, CostPayer, CostPeriod } from './cost.enums.js';
import { MinorUnits } from './minor-units.scalar.js';

/**
 * One line as the editor sends it. Its numbers are checked by `costProblems` in @strom/shared, the rule the
 * editor shows as the member types, so both name the same line and field.
 */
@InputType()
export class CostLineInput {
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

  @Field(() => Int, { defaultValue: 0 })
  startDay!: number;

  @Field(() => String, { nullable: true, description: 'Where the unit cost comes from (a tariff, an invoice, a budget line)' })
  @IsOptional()
  @MaxLength(COST_NOTE_MAX, { message: `a source note must be at most ${COST_NOTE_MAX} characters` })
  sourceNote?: string | null;
}

/** A whole scenario, saved at once: a new one (no expectedVersion) or a change to the version the editor loaded. */
@InputType()
export class SaveCostScenarioInput {
  @Field(() => ID, { description: 'Chosen by the client when creating, so that a retry saves once' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the editor loaded; absent for a new scenario' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String)
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(COST_TITLE_MAX, { message: `title must be at most ${COST_TITLE_MAX} characters` })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The typical case described, never a person; checked by the victim-data guardrail' })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `summary must be at most ${DESCRIPTION_MAX} characters` })
  summary?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];

  @Field(() => String)
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A municipality of the scenario's country; left out on an edit, the saved one stays; null clears it",
  })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a UUID' })
  municipalityId?: string | null;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  @IsInt()
  @Min(COST_YEAR_MIN, { message: `priceYear must be ${COST_YEAR_MIN} or later` })
  @Max(COST_YEAR_MAX, { message: `priceYear must be ${COST_YEAR_MAX} or earlier` })
  priceYear!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'Shared scenarios can be read and copied by every member' })
  shared!: boolean;

  @Field(() => String, { nullable: true, description: 'The template it was copied from' })
  @IsOptional()
  @MaxLength(64)
  templateKey?: string | null;

  @Field(() => [CostLineInput])
  @ArrayMaxSize(COST_LINES_MAX, { message: `a scenario has at most ${COST_LINES_MAX} lines` })
  @ValidateNested({ each: true })
  lines!: CostLineInput[];
}

@InputType()
export class SetExchangeRateInput {
  @Field(() => Int)
  @IsInt()
  @Min(COST_YEAR_MIN)
  @Max(COST_YEAR_MAX)
  year!: number;

  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => String, { description: 'Units of the currency per euro, a decimal with up to six places, e.g. "7.4509"' })
  perEuro!: string;

  @Field(() => String, { description: 'Where the figure is published (e.g. the ECB reference rates, annual average)' })
  @MinLength(3, { message: 'name the source of the figure' })
  @MaxLength(COST_NOTE_MAX)
  source!: string;
}

@InputType()
export class SetPriceIndexInput {
  @Field(() => Int)
  @IsInt()
  @Min(COST_YEAR_MIN)
  @Max(COST_YEAR_MAX)
  year!: number;

  @Field(() => String)
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode!: string;

  @Field(() => String, {
    description: 'The consumer price index, a decimal with up to six places (the same base for every year of a country)',
  })
  index!: string;

  @Field(() => String)
  @MinLength(3, { message: 'name the source of the figure' })
  @MaxLength(COST_NOTE_MAX)
  source!: string;
}
