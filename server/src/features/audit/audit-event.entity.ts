import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Append-only, hash-chained: each entry's hash covers its content and the previous hash, so removing or
 * changing an entry breaks the chain. Details hold ids and facts, never passwords, tokens or contact data.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['occurredAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Order of the chain. */
  @Property({ type: new BigIntType('number'), unique: true })
  sequence!: number;

  @Property({ type: 'datetime' })
  occurredAt: Date & Opt = new Date();

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'json' })
  details: Record<string, string | number | boolean | null> & Opt = {};

  @Property({ type: 'text' })
  previousHash!: string;

  @Property({ type: 'text' })
  hash!: string;
}
