import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ORGANISATION_TYPES, type Level, type OrganisationType } from '@strom/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';
import { NetworkRole } from '../user/user.enums.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { InvitationKind, InvitationStatus } from './invitation.enums.js';

/**
 * An invitation to join, bound to one email. The emailed token is random; only its SHA-256 is stored.
 * A proposal (by any member) and an invitation for a country wait for that country's coordinator.
 */
@ObjectType({ description: 'An invitation or a proposal to join the network' })
@Entity({ tableName: 'invitation' })
@Index({ properties: ['country', 'status'] })
export class Invitation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'The name of the person invited; null on invitations made before it was asked' })
  @Property({ type: 'text', nullable: true })
  fullName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Their role in the organisation, in their words (e.g. "Police inspector")' })
  @Property({ type: 'text', nullable: true })
  jobTitle: string | null = null;

  @Field(() => InvitationKind)
  @Enum({ items: () => Object.keys(InvitationKind), type: 'text' })
  kind!: InvitationKind;

  @Enum({ items: () => Object.keys(InvitationStatus), type: 'text' })
  status: InvitationStatus & Opt = 'AWAITING_APPROVAL';

  @ManyToOne({ entity: () => Country, ref: true })
  country!: Ref<Country>;

  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true })
  organisation: Ref<Organisation> | null = null;

  /** A new organisation to create when the invitation is accepted. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  newOrganisationName: string | null = null;

  @Enum({ items: () => Object.keys(ORGANISATION_TYPES), type: 'text', nullable: true })
  newOrganisationType: OrganisationType | null = null;

  @Property({ type: 'text', nullable: true })
  newOrganisationLevel: Level | null = null;

  @ManyToOne({ entity: () => Municipality, ref: true, nullable: true })
  newOrganisationMunicipality: Ref<Municipality> | null = null;

  @Field(() => NetworkRole)
  @Enum({ items: () => Object.keys(NetworkRole), type: 'text' })
  networkRole: NetworkRole & Opt = 'MEMBER';

  @Field(() => String, { nullable: true, description: 'Why the proposer vouches for this person, or the inviter’s message' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy: Ref<User> | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  approvedBy: Ref<User> | null = null;

  /** Set when the invitation is sent (approved); null while it awaits approval. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  tokenHash: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
