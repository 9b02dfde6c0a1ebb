import { COST_COMPARE_MAX, COST_YEAR_MAX, COST_YEAR_MIN, type CostCurrency as CostCurrencyKey } from '@strom/shared';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { CostCurrency } from './cost.enums.js';

@InputType()
export class CostScenarioFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only the scenarios you wrote' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Only a municipality's scenarios" })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;
}

@ArgsType()
export class CostScenariosArgs extends ConnectionArgs {
  @Field(() => CostScenarioFilter, { nullable: true })
  filter?: CostScenarioFilter | null;
}

/** The currency and price year amounts are converted to, as the comparison and the priorities view take them. */
@ArgsType()
class CostTargetArgs {
  @Field(() => CostCurrency)
  currency!: CostCurrencyKey;

  @Field(() => Int)
  @IsInt()
  @Min(COST_YEAR_MIN, { message: `priceYear must be ${COST_YEAR_MIN} or later` })
  @Max(COST_YEAR_MAX, { message: `priceYear must be ${COST_YEAR_MAX} or earlier` })
  priceYear!: number;
}

@ArgsType()
export class CostComparisonArgs extends CostTargetArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'choose at least one scenario' })
  @ArrayMaxSize(COST_COMPARE_MAX, { message: `compare at most ${COST_COMPARE_MAX} scenarios at once` })
  @IsUUID('all', { each: true, message: 'ids must be valid ids' })
  ids!: string[];
}

@ArgsType()
export class CostPrioritiesArgs extends CostTargetArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId!: string;
}
