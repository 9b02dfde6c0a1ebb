import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Forum } from './forum.entity.js';

/** A conversation in a forum. `postCount` is also the last post's position, so read states compare to it. */
@Entity({ tableName: 'thread' })
export class Thread {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Forum, ref: true, deleteRule: 'cascade' })
  forum!: Ref<Forum>;

  @Property({ type: 'text' })
  title!: string;

  /** Normalised (shared `normaliseTag`), distinct. */
  @Property({ type: 'text[]' })
  tags: string[] & Opt = [];

  @Property({ type: 'boolean' })
  pinned: boolean & Opt = false;

  /** No new replies but from moderators (a heated thread). */
  @Property({ type: 'boolean' })
  locked: boolean & Opt = false;

  /** Finished: no new replies but from moderators. */
  @Property({ type: 'boolean' })
  closed: boolean & Opt = false;

  @Property({ type: 'uuid', nullable: true })
  solvedPostId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastPostAt!: Date;

  @Property({ type: 'integer' })
  postCount: number & Opt = 0;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}
