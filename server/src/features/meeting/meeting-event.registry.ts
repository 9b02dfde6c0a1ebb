import { Field, ID, Int, InterfaceType } from 'type-graphql';
import type { MeetingEventKind, MeetingEventKinds } from './meeting-events.js';
import type { MeetingEventRow } from './meeting.live.js';

/**
 * THE EXTENSION POINT for live meeting events. A kind is added in two steps, both in the adding feature's own
 * `*.events.ts` file:
 *
 * 1. its payload, by augmenting `MeetingEventKinds` (`declare module './meeting-events.js'`), which is what
 *    `recordMeetingEvent(uow, meetingId, 'KIND', payload)` type-checks against;
 * 2. its GraphQL type: an `@ObjectType({ implements: MeetingEvent })` class extending `MeetingEvent` whose fields
 *    are the payload's, passed to `registerMeetingEventType('KIND', Type)` (the compiler checks the class covers
 *    the payload). Import that file from the part's resolver so the type is registered before the schema is built.
 *
 * Nothing else changes: `meetingEvent` resolves each row to its registered type once per event (not per
 * subscriber), and type-graphql emits every implementation of the interface.
 */
@InterfaceType('MeetingEvent', {
  description: 'Something that happened in a meeting, numbered in order per meeting; one type per kind',
  resolveType: (value: MeetingEvent) => typeNameOf(value.kind),
})
export abstract class MeetingEvent {
  @Field(() => Int, { description: 'Gap-free per meeting: resume with the last one received as `after`' })
  sequence!: number;

  @Field(() => String, { description: 'The kind of event (the type names the same thing; handy for logs and switches)' })
  kind!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID)
  meetingId!: string;
}

type EventClass<K extends MeetingEventKind> = new () => MeetingEvent & MeetingEventKinds[K];

const registry = new Map<string, { type: new () => MeetingEvent; name: string }>();

/** Registers the GraphQL type of one kind of meeting event (once per kind). */
export function registerMeetingEventType<K extends MeetingEventKind>(kind: K, type: EventClass<K>): void {
  if (registry.has(kind)) throw new Error(`The meeting event kind ${kind} is registered twice`);
  registry.set(kind, { type, name: type.name });
}

/** The kinds with a GraphQL type (a test checks every recorded kind has one). */
export function registeredMeetingEventKinds(): string[] {
  return [...registry.keys()].sort();
}

function typeNameOf(kind: string): string {
  const entry = registry.get(kind);
  if (!entry) throw new Error(`No GraphQL type is registered for the meeting event kind ${kind}`);
  return entry.name;
}

/** A logged event as its typed GraphQL object: the payload's facts become the type's fields. SQL-free. */
export function toMeetingEvent(meetingId: string, row: MeetingEventRow): MeetingEvent {
  const entry = registry.get(row.kind);
  if (!entry) throw new Error(`No GraphQL type is registered for the meeting event kind ${row.kind}`);
  return Object.assign(new entry.type(), row.payload, {
    sequence: row.sequence,
    kind: row.kind,
    occurredAt: row.createdAt,
    meetingId,
  });
}
