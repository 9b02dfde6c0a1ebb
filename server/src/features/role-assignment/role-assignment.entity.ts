import { randomUUID } from 'node:crypto';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateType } from '../../core/local-date.type.js';
import { Expert } from '../expert/expert.entity.js';
import { ScopedEntity } from '../scope/scoped.entity.js';
import { ROLES, Role } from '../vocabulary/vocabulary.enums.js';

export type RoleKey = keyof typeof ROLES;

@ObjectType({ description: "An expert's role in the chain of assistance or in the network, at a scope" })
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment extends ScopedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Expert, ref: true, deleteRule: 'cascade' })
  expert!: Ref<Expert>;

  @Field(() => Role)
  @Enum({ items: () => Object.keys(ROLES), type: 'text' })
  role!: RoleKey;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  responsibilities: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: LocalDateType, nullable: true })
  startsOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: LocalDateType, nullable: true })
  endsOn: string | null = null;

  /** The coordinator or admin who assigned a network role (null for roles members add themselves). */
  @Property({ type: 'uuid', nullable: true })
  assignedById: string | null = null;
}
