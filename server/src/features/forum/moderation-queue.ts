import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { PAGE_SIZE_MAX } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import type { Em } from '../../db/orm.js';
import { moderatedForumSql } from './forum-access.js';
import { authorJson, postAuthor, type AuthorJson } from './post-author.js';
import type { StoredConfirmation } from './post.entity.js';
import { PostAuthor } from './post.types.js';

@ObjectType({ description: 'A guardrail finding the author confirmed was not a victim’s personal data' })
export class ConfirmedFinding {
  @Field(() => String, { description: 'title or source' })
  field!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'A flagged post in the review queue of the forums you moderate' })
export class FlaggedPost {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => String)
  threadTitle!: string;

  @Field(() => String)
  forumSlug!: string;

  @Field(() => PostAuthor)
  author!: PostAuthor;

  @Field(() => String, { description: 'The post as plain text (moderators read hidden posts too)' })
  text!: string;

  @Field(() => Boolean)
  hidden!: boolean;

  @Field(() => Int)
  flagCount!: number;

  @Field(() => [String], { description: 'The reporters’ reasons, oldest first' })
  reasons!: string[];

  @Field(() => [ConfirmedFinding])
  confirmedFindings!: ConfirmedFinding[];

  @Field(() => Date)
  lastFlaggedAt!: Date;
}

interface QueueRow {
  post_id: string;
  thread_id: string;
  thread_title: string;
  forum_slug: string;
  author: AuthorJson | null;
  text: string;
  hidden: boolean;
  flag_count: number;
  reasons: string[];
  confirmations: StoredConfirmation[];
  last_flagged_at: Date;
}

/** Posts with open flags in the forums the viewer moderates, most recently flagged first: one statement. */
export async function findFlaggedPosts(em: Em, viewer: Viewer, first: number): Promise<FlaggedPost[]> {
  const moderated = moderatedForumSql(viewer);
  const rows = await em.execute<QueueRow[]>(
    `select p.id as post_id, t.id as thread_id, t.title as thread_title, f.slug as forum_slug, ${authorJson('p.author_id')} as author,
            p.body_text as text, p.hidden_at is not null as hidden, count(*)::int as flag_count,
            array_agg(fl.reason order by fl.created_at) as reasons, p.guardrail_confirmations as confirmations,
            max(fl.created_at) as last_flagged_at
       from post_flag fl join post p on p.id = fl.post_id join thread t on t.id = p.thread_id join forum f on f.id = t.forum_id
      where fl.status = 'OPEN' and ${moderated.sql}
      group by p.id, t.id, f.slug
      order by last_flagged_at desc, p.id desc limit ?`,
    [...moderated.params, first],
  );
  return rows.map((row) => ({
    postId: row.post_id,
    threadId: row.thread_id,
    threadTitle: row.thread_title,
    forumSlug: row.forum_slug,
    author: postAuthor(viewer, row.author),
    text: row.text,
    hidden: row.hidden,
    flagCount: row.flag_count,
    reasons: row.reasons,
    confirmedFindings: row.confirmations.map(({ field, kind, start, end }) => ({ field, kind, start, end })),
    lastFlaggedAt: new Date(row.last_flagged_at),
  }));
}

@ArgsType()
class QueueArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${PAGE_SIZE_MAX}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(PAGE_SIZE_MAX, { message: `first must be at most ${PAGE_SIZE_MAX}` })
  first: number = 50;
}

@Resolver()
export class ModerationQueueResolver {
  @Authorized()
  @Query(() => [FlaggedPost], { description: 'The review queue: flagged posts of the forums you moderate (empty if you moderate none)' })
  moderationQueue(@Ctx() { em, viewer }: Context, @Args(() => QueueArgs) { first }: QueueArgs): Promise<FlaggedPost[]> {
    return findFlaggedPosts(em, viewer, first);
  }
}
