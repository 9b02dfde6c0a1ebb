import { SEARCH_TEXT_MAX } from '@strom/shared';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AccountStatus, NetworkRole } from '../user/user.enums.js';

@InputType({ description: 'Narrows the member list; all given conditions must hold' })
export class MemberFilter {
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the member's country" })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the email address or of the name' })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text?: string | null;
}

@InputType({ description: 'An admin gives a member another network role (not their own)' })
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => NetworkRole, { description: 'A coordinator coordinates the country of their account' })
  @IsIn(Object.keys(NetworkRole), { message: 'Choose a network role' })
  networkRole!: NetworkRole;
}
