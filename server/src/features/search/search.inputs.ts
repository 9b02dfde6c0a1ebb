import { SEARCH_TEXT_MAX } from '@strom/shared';
import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** A search box sends one request per keystroke: at most a screenful of hits. */
export const SEARCH_FIRST_MAX = 50;

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: `Words to look for, at most ${SEARCH_TEXT_MAX} characters; the last one may be unfinished` })
  @MaxLength(SEARCH_TEXT_MAX, { message: `query must be at most ${SEARCH_TEXT_MAX} characters` })
  query!: string;

  @Field(() => Int, { defaultValue: 10, description: `At most ${SEARCH_FIRST_MAX}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(SEARCH_FIRST_MAX, { message: `first must be at most ${SEARCH_FIRST_MAX}` })
  first: number = 10;
}
