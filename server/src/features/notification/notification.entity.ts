import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../user/user.entity.js';
import type { NotificationKind } from './notification-kind.js';

/**
 * Something that happened to a member's things elsewhere. The subject is another feature's thing by type and id;
 * whether the recipient may still see it (and what it is called) is asked of that feature's SubjectSource at read
 * time, never stored here.
 */
@Entity({ tableName: 'notification' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  recipient!: Ref<User>;

  @Property({ type: 'text' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text' })
  subjectId!: string;

  /** Groups notifications for bulk removal (`forum:<id>` when a member leaves a closed group). */
  @Property({ type: 'text', nullable: true })
  context: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<User> | null = null;

  /** Unique per recipient: the same event never notifies twice (a retried job). */
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  /** When the immediate mail (a mention) was recorded; such a notification is not repeated in a digest. */
  @Property({ type: 'datetime', nullable: true })
  emailedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  digestedAt: Date | null = null;
}
