import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Thread } from './thread.entity.js';

/** A finding of the victim-data guardrail that the author confirmed is not a victim's personal data. */
export interface StoredConfirmation {
  /** The input field it was found in: title or source. */
  field: string;
  kind: string;
  start: number;
  end: number;
  confirmedAt: string;
}

/**
 * One post: its markdown source and the HTML rendered from it on the server (members' and anonymous
 * readers' versions: mentions of people are links for members only). Soft-deleted and hidden posts keep
 * their place in the thread; a purged post keeps nothing of its text.
 */
@Entity({ tableName: 'post' })
export class Post {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Thread, ref: true, deleteRule: 'cascade' })
  thread!: Ref<Thread>;

  /** 1, 2, 3… within the thread: the cursor of its posts and of read states. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  /** The author's own id for this create: a retry with it returns the post instead of writing another. */
  @Property({ type: 'text', nullable: true })
  clientId: string | null = null;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  html!: string;

  @Property({ type: 'text' })
  publicHtml!: string;

  /** Plain text, for search and notification excerpts. */
  @Property({ type: 'text' })
  bodyText!: string;

  @Property({ type: 'uuid', nullable: true })
  replyToId: string | null = null;

  @Property({ type: 'uuid[]' })
  quotes: string[] & Opt = [];

  /** Library resources its text links (resolved at render time): "Linked from" on the resource's page. */
  @Property({ type: 'uuid[]' })
  resourceIds: string[] & Opt = [];

  /** User ids mentioned (resolved at render time). */
  @Property({ type: 'uuid[]' })
  mentions: string[] & Opt = [];

  @Property({ type: 'json' })
  guardrailConfirmations: StoredConfirmation[] & Opt = [];

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  purgedAt: Date | null = null;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}

/** A post's text before an edit: its author and the forum's moderators may read the history. */
@Entity({ tableName: 'post_revision' })
export class PostRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Post, ref: true, deleteRule: 'cascade' })
  post!: Ref<Post>;

  /** The post's version this text was. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'uuid', nullable: true })
  editorId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
