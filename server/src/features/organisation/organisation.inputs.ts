import {
  ACRONYM_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  NAME_MAX,
  PHONE_MAX,
  SEARCH_TEXT_MAX,
  SPOKEN_LANGUAGES,
  URL_MAX,
  type OrganisationType as OrganisationTypeKey,
  type ServiceKind as ServiceKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PlaceFilter } from '../scope/place-filter.inputs.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OrganisationType, ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { IsName, IsPhone, IsWebsite } from '../../core/text.validators.js';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from '../guardrail/guardrail.types.js';
import { ScopeInput } from '../scope/scope.inputs.js';

@InputType({ description: 'Narrows the organisation list; all given conditions must hold' })
export class OrganisationFilter extends PlaceFilter {
  @Field(() => OrganisationType, { nullable: true })
  type?: OrganisationTypeKey | null;

  @Field(() => ServiceKind, { nullable: true })
  service?: ServiceKey | null;

  @Field(() => TargetGroup, { nullable: true, description: 'A target group of one of its services' })
  targetGroup?: TargetGroupKey | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of a language one of its services is offered in' })
  @IsOptional()
  @IsIn(SPOKEN_LANGUAGES, { message: 'language must be an ISO 639-1 code of a supported language' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only organisations the viewer may edit ("Organisations I edit")' })
  editableByMe?: boolean | null;
}

const WEBSITE_MESSAGE = 'Enter a web address that starts with https:// or http://';
/** More than the demo organisations offer; a bound on work per request. */
const SERVICES_PER_EDIT_MAX = 50;

@InputType({ description: "A service's public contact" })
export class ServiceContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The phone number victims and partners call; null clears it' })
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: `Enter a hotline number of at most ${PHONE_MAX} characters` })
  @IsPhone('hotline number')
  hotline?: string | null;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are, null clears optional ones' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means someone else changed it' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(NAME_MAX, { message: `name must be at most ${NAME_MAX} characters` })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ACRONYM_MAX, { message: `acronym must be at most ${ACRONYM_MAX} characters` })
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(URL_MAX, { message: `Enter a web address of at most ${URL_MAX} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: WEBSITE_MESSAGE })
  @IsWebsite({ message: WEBSITE_MESSAGE })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone, with its country code; stored as +37167000000' })
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: `Enter a phone number of at most ${PHONE_MAX} characters` })
  @IsPhone('phone number')
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public e-mail address' })
  @IsOptional()
  @MaxLength(EMAIL_MAX, { message: `Enter an e-mail address of at most ${EMAIL_MAX} characters` })
  @IsEmail({}, { message: 'Enter an e-mail address like name@example.org' })
  email?: string | null;

  @Field(() => [ServiceContactInput], {
    nullable: true,
    description: 'Hotlines of some of its services; services not named stay as they are',
  })
  @IsOptional()
  @ArrayMaxSize(SERVICES_PER_EDIT_MAX, { message: `Change at most ${SERVICES_PER_EDIT_MAX} services at once` })
  @ValidateNested({ each: true })
  services?: ServiceContactInput[] | null;

  @Field(() => OrganisationType, { nullable: true })
  type?: OrganisationTypeKey | null;

  @Field(() => ScopeInput, { nullable: true, description: 'Where it works; a coordinator may move it only within their countries' })
  @IsOptional()
  @ValidateNested()
  scope?: ScopeInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether anonymous visitors see it at all' })
  @IsOptional()
  @IsBoolean()
  publiclyListed?: boolean | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}
