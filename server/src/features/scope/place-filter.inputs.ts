import type { Level as LevelKey } from '@strom/shared';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Level } from '../vocabulary/vocabulary.enums.js';

/** Where to look: the part every directory filter shares (experts, organisations, and later resources). */
@InputType()
export abstract class PlaceFilter {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => Level, { nullable: true, description: 'The level of the organisation' })
  level?: LevelKey | null;
}
