import {
  NAME_MAX,
  type Level as LevelKey,
  type OrganisationType as OrganisationTypeKey,
  EMAIL_MAX,
  INVITATION_TEXT_MAX,
} from '@strom/shared';
import { IsEmail, IsOptional, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from '../guardrail/guardrail.types.js';
import { NetworkRole } from '../user/user.enums.js';
import { Level, OrganisationType } from '../vocabulary/vocabulary.enums.js';
import { INVITATION_LINK_INVALID, TOKEN_MAX } from './invitation-token.js';
import { IsName } from '../../core/text.validators.js';

/** RFC 5321 caps a forward path at 320 characters (64 local + @ + 255 domain). */
/** A proposal's reason and an invitation's message: a paragraph, not a document. */
/** Passwords are checked by checkNewPassword; this only keeps absurd payloads away from argon2. */
const PASSWORD_INPUT_MAX = 1024;

@InputType({ description: 'An organisation that does not exist yet: it is created when the invitation is accepted' })
export class NewOrganisationInput {
  @Field(() => String)
  @IsName({ message: 'The organisation name must be written out, without invisible or text-direction characters' })
  @MinLength(2, { message: 'The organisation name must be at least 2 characters' })
  @MaxLength(NAME_MAX, { message: `The organisation name must be at most ${NAME_MAX} characters` })
  name!: string;

  @Field(() => OrganisationType)
  type!: OrganisationTypeKey;

  @Field(() => Level)
  level!: LevelKey;

  @Field(() => ID, { nullable: true, description: 'Required for a LOCAL organisation: a municipality of the invitation country' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;
}

/**
 * What invitations and proposals share: who, where, and which organisation (existing or new, exactly one).
 * type-graphql inherits fields only from a decorated base; no argument uses this one, so it stays out of the schema.
 */
@InputType()
abstract class JoinerInput {
  @GuardrailConfirmationsField(
    "Findings of the victim-data guardrail in the message or reason that you confirm are not a victim's personal data",
  )
  confirmations!: GuardrailConfirmationInput[];

  @Field(() => String)
  @IsEmail({}, { message: 'Enter an email address' })
  @MaxLength(EMAIL_MAX, { message: `The email address must be at most ${EMAIL_MAX} characters` })
  email!: string;

  // Optional in the API so older clients keep working; the invitation form always asks for it.
  @Field(() => String, { nullable: true, description: 'The name of the person, as the approving coordinator will see it' })
  @IsOptional()
  @IsName({ message: 'The name must be written out, without invisible or text-direction characters' })
  @MinLength(2, { message: 'The name must be at least 2 characters' })
  @MaxLength(NAME_MAX, { message: `The name must be at most ${NAME_MAX} characters` })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their role in the organisation, e.g. "Police inspector"' })
  @IsOptional()
  @IsName({ blankClears: true, message: 'The role must be written out, without invisible or text-direction characters' })
  @MaxLength(NAME_MAX, { message: `The role must be at most ${NAME_MAX} characters` })
  jobTitle?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country whose coordinators vet this joiner' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode!: string;

  @Field(() => ID, { nullable: true, description: 'An existing organisation of that country, or a regional one' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a valid id' })
  organisationId?: string | null;

  @Field(() => NewOrganisationInput, { nullable: true, description: 'Instead of organisationId' })
  @IsOptional()
  @ValidateNested()
  newOrganisation?: NewOrganisationInput | null;
}

@InputType({ description: 'Coordinators and admins invite; exactly one of organisationId and newOrganisation' })
export class InviteMemberInput extends JoinerInput {
  @Field(() => NetworkRole, { nullable: true, description: 'MEMBER unless given; COORDINATOR and ADMIN only by admins' })
  networkRole?: NetworkRole | null;

  @Field(() => String, { nullable: true, description: 'A note for the invitee, included in the mail' })
  @IsOptional()
  @MaxLength(INVITATION_TEXT_MAX, { message: `The message must be at most ${INVITATION_TEXT_MAX} characters` })
  message?: string | null;
}

@InputType({ description: "Any member proposes a colleague; the country's coordinator decides" })
export class ProposeMemberInput extends JoinerInput {
  @Field(() => String, { description: 'Why you vouch for this person: shown to the coordinator who approves' })
  @MinLength(1, { message: 'Say why you propose this person' })
  @MaxLength(INVITATION_TEXT_MAX, { message: `The reason must be at most ${INVITATION_TEXT_MAX} characters` })
  reason!: string;
}

@InputType({ description: 'Turning down an invitation or proposal that awaits approval' })
export class DeclineInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, for its author: mailed to them, not kept in the audit log' })
  @IsOptional()
  @MaxLength(INVITATION_TEXT_MAX, { message: `The reason must be at most ${INVITATION_TEXT_MAX} characters` })
  reason?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link' })
  // Same message as any other bad token: the answer must not depend on what kind of wrong it is.
  @MaxLength(TOKEN_MAX, { message: INVITATION_LINK_INVALID })
  token!: string;

  @Field(() => String)
  @IsName({ message: 'Your name must be written out, without invisible or text-direction characters' })
  @MinLength(2, { message: 'Your name must be at least 2 characters' })
  @MaxLength(NAME_MAX, { message: `Your name must be at most ${NAME_MAX} characters` })
  fullName!: string;

  @Field(() => String)
  @MaxLength(PASSWORD_INPUT_MAX)
  password!: string;
}
