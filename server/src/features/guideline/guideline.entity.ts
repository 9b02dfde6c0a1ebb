import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { GuidelineStatusKey } from '@strom/shared';

/** An action point of the CBSS guidelines for municipalities; admins keep its label and translations. */
@Entity({ tableName: 'guideline_action_point' })
export class GuidelineActionPoint {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  chapter!: string;

  @Property({ type: 'text' })
  theme!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  label!: string;

  /** Language code → label. */
  @Property({ type: 'json' })
  labelTranslations: Record<string, string> & Opt = {};

  @Property({ type: 'boolean' })
  confirmedInCbssMaterial!: boolean;

  @Property({ type: 'text[]' })
  sources: string[] & Opt = [];

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();

  /** Set when an admin retired it: it leaves trackers and dashboards, its history stays. */
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;

  /** The client id of the command that added it (null for the seeded ones): a retry adds nothing twice. */
  @Property({ type: 'uuid', nullable: true })
  createdByClientId: string | null = null;
}

/** Where one municipality stands on one action point; `version` is the optimistic lock. */
@Entity({ tableName: 'guideline_status' })
export class GuidelineStatus {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  actionPointKey!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'text' })
  status!: GuidelineStatusKey;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'text', nullable: true })
  evidenceText: string | null = null;

  @Property({ type: 'text', nullable: true })
  evidenceLink: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  evidenceStepId: string | null = null;

  /** A library resource that shows it. */
  @Property({ type: 'uuid', nullable: true })
  evidenceResourceId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  responsibleOrganisationId: string | null = null;

  @Property({ type: 'datetime' })
  reviewedAt!: Date;

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  updatedById: string | null = null;
}

/** One saved change of a status, as it was saved: the history is never rewritten. */
@Entity({ tableName: 'guideline_status_change' })
export class GuidelineStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  statusId!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'text' })
  actionPointKey!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text', nullable: true })
  previousStatus: GuidelineStatusKey | null = null;

  @Property({ type: 'text' })
  status!: GuidelineStatusKey;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'text', nullable: true })
  evidenceText: string | null = null;

  @Property({ type: 'text', nullable: true })
  evidenceLink: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  evidenceStepId: string | null = null;

  /** A library resource that shows it. */
  @Property({ type: 'uuid', nullable: true })
  evidenceResourceId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  responsibleOrganisationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  changedAt: Date & Opt = new Date();
}
