import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Post } from './post.entity.js';

export const FLAG_STATUSES = ['OPEN', 'RESOLVED', 'DISMISSED'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** A member's report of a post, in the forum's review queue until a moderator acts on it. */
@Entity({ tableName: 'post_flag' })
export class PostFlag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Post, ref: true, deleteRule: 'cascade' })
  post!: Ref<Post>;

  @Property({ type: 'uuid', nullable: true })
  reporterId: string | null = null;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: () => [...FLAG_STATUSES], type: 'text' })
  status: FlagStatus & Opt = 'OPEN';

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  resolvedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}
