import { IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { Role } from '../vocabulary/vocabulary.enums.js';

export const COUNTERPARTS_FIRST_MAX = 50;

@ArgsType()
export class CounterpartArgs {
  @Field(() => Role, { description: 'Your role in the chain of assistance' })
  role!: RoleKey;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; give this or municipalityId' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Give this or countryCode' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => Int, { defaultValue: 10, description: `At most ${COUNTERPARTS_FIRST_MAX}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(COUNTERPARTS_FIRST_MAX, { message: `first must be at most ${COUNTERPARTS_FIRST_MAX}` })
  first: number = 10;
}
