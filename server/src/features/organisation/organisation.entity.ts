import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ORGANISATION_TYPES, type OrganisationType as OrganisationTypeKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ScopedEntity } from '../scope/scoped.entity.js';
import { OrganisationType } from '../vocabulary/vocabulary.enums.js';
import { OrganisationService } from './organisation-service.entity.js';
import { OrganisationStatus } from './organisation-status.js';

@ObjectType({ description: 'An organisation of the network: an authority, an NGO, a service provider…' })
@Entity({ tableName: 'organisation' })
export class Organisation extends ScopedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  acronym: string | null = null;

  @Field(() => OrganisationType)
  @Enum({ items: () => Object.keys(ORGANISATION_TYPES), type: 'text' })
  type!: OrganisationTypeKey;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  // Public contacts reach GraphQL through the resolver, each under its row of the ability table.
  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  /** E.164, e.g. +37167000000 (normalised by the command). */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** Police units and shelters are often not listed publicly; anonymous visitors will not see them (accounts issue). */
  @Field(() => Boolean, { description: 'Whether anonymous visitors see it at all' })
  @Property({ type: 'boolean' })
  publiclyListed: boolean & Opt = true;

  /** Fictional demo records; the seed marks them so a real instance can tell them apart. */
  @Property({ type: 'boolean' })
  isDemo: boolean & Opt = false;

  @Field(() => OrganisationStatus)
  @Enum({ items: () => Object.keys(OrganisationStatus), type: 'text' })
  status: OrganisationStatus & Opt = 'ACTIVE';

  /** The organisation it was merged into (status MERGED); its row stays, so profiles and history keep their link. */
  @Property({ type: 'uuid', nullable: true })
  mergedIntoId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** The member who proposed it (status PROPOSED until a coordinator of its country approves). */
  @Property({ type: 'uuid', nullable: true })
  proposedById: string | null = null;

  /** Why the proposer asks for it: for the approving coordinator only. */
  @Property({ type: 'text', nullable: true })
  proposalReason: string | null = null;

  @Field(() => Date, { description: 'When its editors last confirmed (or changed) its record' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastConfirmedAt: Date & Opt = new Date();

  /** The yearly reminder sent for the current confirmation, so it goes out once. */
  @Property({ type: 'datetime', nullable: true })
  confirmationRemindedAt: Date | null = null;

  @OneToMany({ entity: () => OrganisationService, mappedBy: 'organisation', orderBy: { kind: 'asc' } })
  services = new Collection<OrganisationService>(this);

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when you edit' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
