import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PathwayStepData } from './pathway-step.js';

/** A referral pathway: a municipality's local mechanism (LOCAL) or a country's national one (NATIONAL). */
@Entity({ tableName: 'referral_pathway' })
export class ReferralPathway {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  level!: 'LOCAL' | 'NATIONAL';

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'uuid', nullable: true })
  municipalityId: string | null = null;

  /** The municipality chose to show its published pathway to anyone, without personal contacts. */
  @Property({ type: 'boolean' })
  isPublic: boolean & Opt = false;

  /** The number of the latest version (the draft): what an editor sends back as `expectedVersion`. */
  @Property({ type: 'integer' })
  latestNumber: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  publishedNumber: number | null = null;

  /** Members a coordinator named as editors, besides the contact point, the country's coordinators and admins. */
  @Property({ type: 'uuid[]' })
  editorExpertIds: string[] & Opt = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}

/** One saved state of a pathway: its steps as they were, who saved them, when and why. Never changed after, but for its publication. */
@Entity({ tableName: 'pathway_version' })
export class PathwayVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  pathwayId!: string;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  steps!: PathwayStepData[];

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  publishedById: string | null = null;
}
