import { randomUUID } from 'node:crypto';
import { BigIntType, Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToMany, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../organisation/organisation.entity.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { AccountStatus, NetworkRole } from './user.enums.js';

/** A member account. Never exposed as such: the API shows Viewer (oneself) and Member (to admins). */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased; the sign-in name. */
  @Property({ type: 'text', unique: true })
  email!: string;

  /** argon2id PHC string; null until the invitation is accepted, and after the account is deleted. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Enum({ items: () => Object.keys(AccountStatus), type: 'text' })
  status: AccountStatus & Opt = 'ACTIVE';

  @Enum({ items: () => Object.keys(NetworkRole), type: 'text' })
  networkRole: NetworkRole & Opt = 'MEMBER';

  /** The member's own country: COUNTRY-visible contacts and country approvals depend on it. */
  @ManyToOne({ entity: () => Country, ref: true })
  country!: Ref<Country>;

  /** Countries a COORDINATOR vets joiners for and sees all contacts of. */
  @Property({ type: 'text[]' })
  coordinatorOf: string[] & Opt = [];

  @OneToOne({ entity: () => Expert, ref: true, nullable: true, owner: true, deleteRule: 'set null' })
  expert: Ref<Expert> | null = null;

  /** Base32 TOTP secret; set during setup, trusted only once `totpEnabled`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpSecret: string | null = null;

  @Property({ type: 'boolean' })
  totpEnabled: boolean & Opt = false;

  /** The last accepted TOTP time step: a code is never accepted twice. */
  @Property({ type: new BigIntType('number'), nullable: true, hidden: true })
  totpLastStep: number | null = null;

  /** SHA-256 hashes of unused recovery codes. */
  @Property({ type: 'text[]', hidden: true })
  recoveryCodeHashes: string[] & Opt = [];

  /** Organisations this member may edit, with their services. */
  @ManyToMany({
    entity: () => Organisation,
    pivotTable: 'organisation_editor',
    joinColumn: 'user_id',
    inverseJoinColumn: 'organisation_id',
  })
  editorOf = new Collection<Organisation>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;
}
