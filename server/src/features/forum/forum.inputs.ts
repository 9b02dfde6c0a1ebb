import {
  DESCRIPTION_MAX,
  FORUM_GROUP_CHANGE_MAX,
  FORUM_MODERATORS_MAX,
  FORUM_SLUG_MAX,
  FORUM_SLUG_PATTERN,
  FORUM_TITLE_MAX,
  type ForumVisibility as ForumVisibilityKey,
  type Level as LevelKey,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName } from '../../core/text.validators.js';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from '../guardrail/guardrail.types.js';
import { Level } from '../vocabulary/vocabulary.enums.js';
import { ForumVisibility } from './forum.enums.js';

@InputType({ description: 'A new forum; `id` (client-generated) makes a retry return the same forum' })
export class CreateForumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String, { description: 'Its address: lower-case letters, digits and hyphens' })
  @MaxLength(FORUM_SLUG_MAX, { message: `slug must be at most ${FORUM_SLUG_MAX} characters` })
  @Matches(FORUM_SLUG_PATTERN, { message: 'slug may hold lower-case letters, digits and single hyphens only' })
  slug!: string;

  @Field(() => String)
  @IsName()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(FORUM_TITLE_MAX, { message: `title must be at most ${FORUM_TITLE_MAX} characters` })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @Field(() => Level)
  level!: LevelKey;

  @Field(() => String, { nullable: true, description: 'ISO code; required for NATIONAL and LOCAL forums' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for LOCAL forums' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => ForumVisibility)
  visibility!: ForumVisibilityKey;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType({ description: 'Changes to a forum; omitted fields stay as they are' })
export class UpdateForumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(FORUM_TITLE_MAX, { message: `title must be at most ${FORUM_TITLE_MAX} characters` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @Field(() => ForumVisibility, { nullable: true })
  visibility?: ForumVisibilityKey | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType({ description: 'Members (user ids) to name as moderators of a forum, or to add to or remove from a group' })
export class ForumPeopleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a valid id' })
  forumId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(Math.max(FORUM_MODERATORS_MAX, FORUM_GROUP_CHANGE_MAX), { message: `at most ${FORUM_GROUP_CHANGE_MAX} people at once` })
  @IsUUID('all', { each: true, message: 'userIds must be valid ids' })
  userIds!: string[];
}
