import {
  SEARCH_TEXT_MAX,
  SPOKEN_LANGUAGES,
  type FormOfExploitation as FormKey,
  type OrganisationType as OrganisationTypeKey,
  type ServiceKind as ServiceKey,
} from '@strom/shared';
import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PlaceFilter } from '../scope/place-filter.inputs.js';
import { Field, ID, InputType } from 'type-graphql';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { FormOfExploitation, OrganisationType, Role, ServiceKind } from '../vocabulary/vocabulary.enums.js';

@InputType({ description: 'Narrows the expert directory; all given conditions must hold' })
export class ExpertFilter extends PlaceFilter {
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

  @Field(() => Boolean, { nullable: true, description: 'Only experts who are (true) or are not (false) available for consultation' })
  availableForConsultation?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of names, titles, topics, organisations or places' })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text?: string | null;
}
