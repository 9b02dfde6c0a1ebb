import {
  SEARCH_TEXT_MAX,
  SPOKEN_LANGUAGES,
  type FormOfExploitation as FormKey,
  type Level as LevelKey,
  type OrganisationType as OrganisationTypeKey,
  type ServiceKind as ServiceKey,
} from '@strom/shared';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { FormOfExploitation, Level, OrganisationType, Role, ServiceKind } from '../vocabulary/vocabulary.enums.js';

@InputType({ description: 'Narrows the expert directory; all given conditions must hold' })
export class ExpertFilter {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => Level, { nullable: true, description: "The level of the expert's organisation" })
  level?: LevelKey | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a valid id' })
  organisationId?: string | null;

  @Field(() => OrganisationType, { nullable: true })
  organisationType?: OrganisationTypeKey | null;

  @Field(() => Role, { nullable: true })
  role?: RoleKey | null;

  @Field(() => FormOfExploitation, { nullable: true })
  formOfExploitation?: FormKey | null;

  @Field(() => ServiceKind, { nullable: true, description: "A service the expert's organisation offers" })
  service?: ServiceKey | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code' })
  @IsOptional()
  @IsIn(SPOKEN_LANGUAGES, { message: 'language must be an ISO 639-1 code of a supported language' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of names, titles, topics, organisations or places' })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text?: string | null;
}
