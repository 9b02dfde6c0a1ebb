import { randomUUID } from 'node:crypto';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { FormOfExploitation as FormKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ContactVisibility } from '../user/user.enums.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import { FormOfExploitation } from '../vocabulary/vocabulary.enums.js';

/** The profile of a member of the network. Contact details arrive with accounts, gated per field. */
@ObjectType({ description: 'An expert of the network: who does what against trafficking, and where' })
@Entity({ tableName: 'expert' })
export class Expert {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @ManyToOne({ entity: () => Organisation, ref: true })
  organisation!: Ref<Organisation>;

  /** Where the expert works; national and regional experts have no municipality. */
  @ManyToOne({ entity: () => Country, ref: true })
  country!: Ref<Country>;

  @ManyToOne({ entity: () => Municipality, ref: true, nullable: true })
  municipality: Ref<Municipality> | null = null;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the expert works in' })
  @Property({ type: 'text[]' })
  languages: string[] & Opt = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bio: string | null = null;

  @Field(() => [FormOfExploitation])
  @Property({ type: 'text[]' })
  formsOfExploitation: FormKey[] & Opt = [];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  topics: string[] & Opt = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  availableForConsultation: boolean & Opt = false;

  @Property({ type: 'boolean' })
  isDemo: boolean & Opt = false;

  // Contact details: never exposed directly; the contacts resolver applies each field's visibility.
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  messagingHandle: string | null = null;

  @Enum({ items: () => Object.keys(ContactVisibility), type: 'text' })
  emailVisibility: ContactVisibility & Opt = 'NETWORK';

  @Enum({ items: () => Object.keys(ContactVisibility), type: 'text' })
  phoneVisibility: ContactVisibility & Opt = 'COUNTRY';

  @Enum({ items: () => Object.keys(ContactVisibility), type: 'text' })
  messagingHandleVisibility: ContactVisibility & Opt = 'NETWORK';

  /** Where the expert works, without loading the country: the contact rules compare it (expert.policy.ts). */
  get countryCode(): Opt<string> {
    return this.country.unwrap().code;
  }

  @OneToMany({ entity: () => RoleAssignment, mappedBy: 'expert', orderBy: { role: 'asc' } })
  roles = new Collection<RoleAssignment>(this);

  /** When the profile was first complete and announced ("profile published"); null while it is not. */
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { description: 'When its owner last confirmed (or changed) the profile' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastConfirmedAt: Date & Opt = new Date();

  /** The yearly reminder sent for the current confirmation, so it goes out once. */
  @Property({ type: 'datetime', nullable: true })
  confirmationRemindedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when you edit' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
