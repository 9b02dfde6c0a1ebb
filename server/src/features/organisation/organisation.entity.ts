import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ORGANISATION_TYPES, type OrganisationType as OrganisationTypeKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ScopedEntity } from '../scope/scoped.entity.js';
import { OrganisationType } from '../vocabulary/vocabulary.enums.js';
import { OrganisationService } from './organisation-service.entity.js';

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
  @Property({ type: 'boolean' })
  publiclyListed: boolean & Opt = true;

  /** Fictional demo records; the seed marks them so a real instance can tell them apart. */
  @Property({ type: 'boolean' })
  isDemo: boolean & Opt = false;

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
