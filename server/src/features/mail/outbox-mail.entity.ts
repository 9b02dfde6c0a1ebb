import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Outgoing mail when no SMTP server is configured: the embedded default still delivers invitation links. */
@Entity({ tableName: 'outbox_mail' })
export class OutboxMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The effect this mail was delivered for: a second delivery of the same effect stores nothing. */
  @Property({ type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
