import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One effect of a committed command, written in the command's transaction: a mail, a live event or a job.
 * The runner delivers it after the commit, at least once; `idempotencyKey` lets the receiver take it once.
 */
@Entity({ tableName: 'outbox_effect' })
export class OutboxEffect {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'text', unique: true })
  idempotencyKey!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  /** Deliveries started; the sweep gives up on an effect that failed this often. */
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  /** A delivery in progress holds the effect until then; a crashed one lets go when it passes. */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;
}
