import {
  DESCRIPTION_MAX,
  NAME_MAX,
  SPOKEN_LANGUAGES,
  type FormOfExploitation as FormKey,
  EMAIL_MAX,
  TOPICS_MAX,
  TOPIC_MAX,
} from '@strom/shared';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { FormOfExploitation } from '../vocabulary/vocabulary.enums.js';
import { ContactVisibility } from '../user/user.enums.js';
import { IsName } from '../../core/text.validators.js';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from '../guardrail/guardrail.types.js';

// Not (yet) in @strom/shared: topics are free words, a handful per profile. Move them there when the client checks them too.
const FORMS_MAX = 20;
const MESSAGING_HANDLE_MAX = 100;

// Messages are written for the member who reads them beside the field, in plain language.
@InputType({ description: 'Changes to your own profile; omitted fields stay as they are, null clears optional ones' })
export class UpdateMyProfileInput {
  @Field(() => Int, { description: 'The version you edited; a newer one on the server means someone else changed it' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  @MaxLength(NAME_MAX, { message: `Use at most ${NAME_MAX} characters.` })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName({ blankClears: true })
  @MaxLength(NAME_MAX, { message: `Use at most ${NAME_MAX} characters.` })
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @ArrayMaxSize(SPOKEN_LANGUAGES.length, { message: `Choose at most ${SPOKEN_LANGUAGES.length} languages.` })
  @IsIn(SPOKEN_LANGUAGES, { each: true, message: 'Choose languages from the list (ISO 639-1 codes).' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `Use at most ${DESCRIPTION_MAX} characters.` })
  bio?: string | null;

  @Field(() => [FormOfExploitation], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FORMS_MAX, { message: `Choose at most ${FORMS_MAX} forms.` })
  formsOfExploitation?: FormKey[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TOPICS_MAX, { message: `List at most ${TOPICS_MAX} topics.` })
  @MaxLength(TOPIC_MAX, { each: true, message: `Keep each topic to at most ${TOPIC_MAX} characters.` })
  topics?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  availableForConsultation?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EMAIL_MAX, { message: `Use at most ${EMAIL_MAX} characters.` })
  @IsEmail({}, { message: 'Enter an e-mail address like name@example.org.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, brackets and dashes, with an optional leading +' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'Enter a phone number like +371 2000 0000: digits, spaces, brackets and dashes.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'A handle on a messaging service, e.g. @name on Signal' })
  @IsOptional()
  @MaxLength(MESSAGING_HANDLE_MAX, { message: `Use at most ${MESSAGING_HANDLE_MAX} characters.` })
  messagingHandle?: string | null;

  @Field(() => ContactVisibility, { nullable: true })
  emailVisibility?: ContactVisibility | null;

  @Field(() => ContactVisibility, { nullable: true })
  phoneVisibility?: ContactVisibility | null;

  @Field(() => ContactVisibility, { nullable: true })
  messagingHandleVisibility?: ContactVisibility | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}
