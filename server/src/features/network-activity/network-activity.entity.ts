import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Thread } from '../forum/thread.entity.js';

export const NetworkActivityKind = {
  ORGANISATION_ADDED: 'ORGANISATION_ADDED',
  ORGANISATION_UPDATED: 'ORGANISATION_UPDATED',
  SERVICE_ADDED: 'SERVICE_ADDED',
  PROFILE_PUBLISHED: 'PROFILE_PUBLISHED',
  PROFILE_UPDATED: 'PROFILE_UPDATED',
  THREAD_CREATED: 'THREAD_CREATED',
  CONTACT_POINT_CHANGED: 'CONTACT_POINT_CHANGED',
} as const;
export type NetworkActivityKind = keyof typeof NetworkActivityKind;

/**
 * Entries only members see, whatever the organisation's listing: the anonymous directory has no people, so a
 * profile edit tells a visitor nothing they may use, only that someone there is active.
 */
export const MEMBERS_ONLY_ACTIVITY: readonly NetworkActivityKind[] = ['PROFILE_UPDATED'];
registerEnumType(NetworkActivityKind, { name: 'NetworkActivityKind', description: 'What changed in the network' });

/** One entry of the live feed. Stored, so a client that reconnects can fetch what it missed. */
@ObjectType({ description: 'Something that changed in the network' })
@Entity({ tableName: 'network_activity' })
@Index({ properties: ['occurredAt', 'id'] })
export class NetworkActivity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => NetworkActivityKind)
  @Enum({ items: () => Object.keys(NetworkActivityKind), type: 'text' })
  kind!: NetworkActivityKind;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  occurredAt: Date & Opt = new Date();

  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation> | null = null;

  @ManyToOne({ entity: () => Expert, ref: true, nullable: true, deleteRule: 'cascade' })
  expert: Ref<Expert> | null = null;

  /** A new thread: only of PUBLIC and NETWORK forums (see forum/forum-activity.ts). */
  @ManyToOne({ entity: () => Thread, ref: true, nullable: true, deleteRule: 'cascade' })
  thread: Ref<Thread> | null = null;
}
