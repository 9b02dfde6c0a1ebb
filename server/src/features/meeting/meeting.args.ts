import type { Level as LevelKey } from '@strom/shared';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { Level } from '../vocabulary/vocabulary.enums.js';
import { MeetingWhen } from './meeting.enums.js';

@ArgsType()
export class MeetingsArgs extends ConnectionArgs {
  @Field(() => MeetingWhen, { defaultValue: 'UPCOMING' })
  when: MeetingWhen = 'UPCOMING';

  @Field(() => Level, { nullable: true })
  level?: LevelKey | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;
}
