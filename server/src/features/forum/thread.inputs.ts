import {
  GUARDRAIL_CONFIRMATIONS_MAX,
  MODERATION_REASON_MAX,
  MARKDOWN_SOURCE_MAX,
  TAG_MAX,
  THREAD_TAGS_MAX,
  THREAD_TITLE_MAX,
  THREAD_TITLE_MIN,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from '../guardrail/guardrail.types.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName } from '../../core/text.validators.js';

@InputType({ description: 'The text of a post' })
export class PostTextInput {
  @Field(() => String, { description: `Markdown, at most ${MARKDOWN_SOURCE_MAX} characters` })
  @MinLength(1, { message: 'the post cannot be empty' })
  @MaxLength(MARKDOWN_SOURCE_MAX, { message: `a post may be at most ${MARKDOWN_SOURCE_MAX} characters long` })
  source!: string;

  @Field(() => [GuardrailConfirmationInput], {
    nullable: true,
    description: "Findings of the victim-data guardrail (checkText) you confirm are not a victim's personal data",
  })
  @IsOptional()
  @ArrayMaxSize(GUARDRAIL_CONFIRMATIONS_MAX, { message: `at most ${GUARDRAIL_CONFIRMATIONS_MAX} confirmations` })
  @ValidateNested({ each: true })
  confirmations?: GuardrailConfirmationInput[] | null;
}

@InputType({ description: 'A new thread with its first post. `clientId` (your own id for it) makes a retry return the same thread' })
export class CreateThreadInput extends PostTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a valid id' })
  forumId!: string;

  @Field(() => String)
  @IsName()
  @MinLength(THREAD_TITLE_MIN, { message: `title must be at least ${THREAD_TITLE_MIN} characters` })
  @MaxLength(THREAD_TITLE_MAX, { message: `title must be at most ${THREAD_TITLE_MAX} characters` })
  title!: string;

  @Field(() => [String], { nullable: true, description: `At most ${THREAD_TAGS_MAX}; normalised to lower-case words` })
  @ArrayMaxSize(THREAD_TAGS_MAX, { message: `a thread may have at most ${THREAD_TAGS_MAX} tags` })
  @MaxLength(TAG_MAX, { each: true, message: `a tag may be at most ${TAG_MAX} characters` })
  tags?: string[] | null;
}

@InputType({ description: 'A reply. `clientId` (your own id for it) makes a retry return the same post' })
export class AddPostInput extends PostTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The post this answers' })
  @IsOptional()
  @IsUUID('all', { message: 'replyToId must be a valid id' })
  replyToId?: string | null;
}

@InputType({ description: 'A new text for your post; `version` is the one you edited' })
export class EditPostInput extends PostTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;
}

@InputType({ description: 'Why a moderator acts; kept in the audit log' })
export class ReasonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MODERATION_REASON_MAX, { message: `reason must be at most ${MODERATION_REASON_MAX} characters` })
  reason?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType({ description: 'Moves a thread to another forum; you must moderate both' })
export class MoveThreadInput extends ReasonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a valid id' })
  forumId!: string;
}

@InputType({ description: 'Moves every post of `sourceId` to the end of `targetId` and removes the emptied thread' })
export class MergeThreadsInput extends ReasonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sourceId must be a valid id' })
  sourceId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'targetId must be a valid id' })
  targetId!: string;
}
