import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  SERVICES,
  type FormOfExploitation as FormKey,
  type ServiceKind as ServiceKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FormOfExploitation, ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { Organisation } from './organisation.entity.js';

@ObjectType({ description: 'A service an organisation offers to victims or to the network' })
@Entity({ tableName: 'organisation_service' })
export class OrganisationService {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organisation, ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field(() => ServiceKind)
  @Enum({ items: () => Object.keys(SERVICES), type: 'text' })
  kind!: ServiceKey;

  @Field(() => Int, { nullable: true, description: 'Places or cases at a time, where that applies' })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => [TargetGroup])
  @Property({ type: 'text[]' })
  targetGroups: TargetGroupKey[] & Opt = [];

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @Property({ type: 'text[]' })
  languages: string[] & Opt = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  available24x7: boolean & Opt = false;

  @Field(() => [FormOfExploitation])
  @Property({ type: 'text[]' })
  formsOfExploitation: FormKey[] & Opt = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  // Reach GraphQL through the resolver, under the organisation's ability table: a hotline is public, an address is not.
  /** E.164, e.g. +37180000000 (normalised by the command). */
  @Property({ type: 'text', nullable: true })
  hotline: string | null = null;

  /** Where the service is delivered. A safe-accommodation address is never public (DESIGN §8). */
  @Property({ type: 'text', nullable: true })
  address: string | null = null;
}
