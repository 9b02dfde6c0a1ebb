import type { Viewer } from '../../core/auth.js';
import { viewerIdParam } from './meeting-access.js';

/**
 * THE EXTENSION POINT for what the live view shows. A part is one scalar subquery (JSON) on the meeting aliased
 * `m`; every registered part is read in the single statement that also reads `last_event_sequence`, so the
 * state a client gets and the sequence it resumes after are one snapshot. A live part (agenda, speaker queue,
 * attendance here; polls, questions, notes… in meeting-outcomes) registers its subquery with
 * `registerLiveStatePart` and adds its GraphQL field with a `@FieldResolver` on `MeetingLiveState` reading
 * `state.parts[key]` (SQL-free).
 */
export interface LiveStatePart {
  key: string;
  /** A scalar subquery returning json; `?` placeholders are bound, in order, from `params`. */
  sql: string;
  params?: (viewer: Viewer) => unknown[];
}

const parts = new Map<string, LiveStatePart>();

export function registerLiveStatePart(part: LiveStatePart): void {
  if (parts.has(part.key)) throw new Error(`The live state part ${part.key} is registered twice`);
  parts.set(part.key, part);
}

export function liveStateParts(): LiveStatePart[] {
  return [...parts.values()];
}

/** For parts that need to know the reader (their own hand, their own vote). */
export const viewerParam = (viewer: Viewer) => [viewerIdParam(viewer)];
