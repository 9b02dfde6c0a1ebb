import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  MEETING_FORMATS,
  MEETING_STATUSES,
  MEETING_VISIBILITIES,
  type MeetingFormat,
  type MeetingStatus,
  type MeetingVisibility,
} from '@strom/shared';
import { ScopedEntity } from '../scope/scoped.entity.js';

/** A confirmed guardrail finding in the purpose: kind and span, never the text. */
export interface StoredMeetingConfirmation {
  field: string;
  kind: string;
  start: number;
  end: number;
  confirmedAt: string;
}

/**
 * A meeting of the network, in a scope. Hosts, participants, the date poll and reminders are rows of their own
 * tables (written in SQL by the commands); this entity holds what a host edits, under optimistic locking
 * (`reminder_offsets` and `last_event_sequence` are kept in SQL too).
 */
@Entity({ tableName: 'meeting' })
export class Meeting extends ScopedEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @Property({ type: 'json' })
  purposeConfirmations: StoredMeetingConfirmation[] & Opt = [];

  /** The earlier meeting this one follows (a series). */
  @Property({ type: 'uuid', nullable: true })
  followsId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  /** IANA zone the meeting is planned in; times are stored in UTC and shown in it beside the reader's own. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Enum({ items: () => [...MEETING_FORMATS], type: 'text' })
  format!: MeetingFormat;

  @Property({ type: 'text', nullable: true })
  venue: string | null = null;

  /** Shown only to accepted participants and hosts (meeting.policy.ts `seeOnlineLink`). */
  @Property({ type: 'text', nullable: true })
  onlineLink: string | null = null;

  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Enum({ items: () => [...MEETING_VISIBILITIES], type: 'text' })
  visibility!: MeetingVisibility;

  @Enum({ items: () => [...MEETING_STATUSES], type: 'text' })
  status: MeetingStatus & Opt = 'DRAFT';

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  /** The iCalendar SEQUENCE: raised by every change a calendar must pick up (time, place, cancellation). */
  @Property({ type: 'integer' })
  calendarSequence: number & Opt = 0;

  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
