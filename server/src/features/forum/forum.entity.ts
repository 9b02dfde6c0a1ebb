import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { FORUM_VISIBILITIES, type ForumVisibility } from '@strom/shared';
import { ScopedEntity } from '../scope/scoped.entity.js';

/** A place to talk, by topic and scope; who reads it follows its visibility (forum.policy.ts). */
@Entity({ tableName: 'forum' })
export class Forum extends ScopedEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Enum({ items: () => [...FORUM_VISIBILITIES], type: 'text' })
  visibility!: ForumVisibility;

  /** A user id; null once that account is deleted. */
  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
