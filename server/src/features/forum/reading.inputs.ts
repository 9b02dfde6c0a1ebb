import { MARKDOWN_SOURCE_MAX, type ReactionKind as ReactionKey, type WatchLevel as WatchLevelKey } from '@strom/shared';
import { IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReactionKind, WatchLevel } from './forum.enums.js';

@InputType({ description: 'You have read a thread up to this position (never moves back)' })
export class MarkReadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  position!: number;
}

@InputType({ description: 'How closely to follow a thread or a forum: give exactly one of threadId and forumId' })
export class SetWatchLevelInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a valid id' })
  forumId?: string | null;

  @Field(() => WatchLevel)
  level!: WatchLevelKey;
}

@InputType({ description: 'Your unsent reply to a thread' })
export class SaveDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a valid id' })
  threadId!: string;

  @Field(() => String)
  @MaxLength(MARKDOWN_SOURCE_MAX, { message: `a draft may be at most ${MARKDOWN_SOURCE_MAX} characters long` })
  source!: string;
}

@InputType({ description: 'A reaction to a post' })
export class ReactionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId must be a valid id' })
  postId!: string;

  @Field(() => ReactionKind)
  kind!: ReactionKey;
}
