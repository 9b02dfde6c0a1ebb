import type { FieldFunctionOptions, FieldPolicy, StoreObject } from '@apollo/client';

type People = readonly StoreObject[];

/**
 * A meeting's hosts or participants, people with no id of their own that several queries list, each asking for
 * some of their fields (the meeting page, its agenda, its outcomes). The newest list says who is in it and in which
 * order; each person keeps what an earlier list said of them and this one did not ask for. Replaced whole, as
 * Apollo replaces a list, the agenda's list dropped the page's fields, and the page asked the server for the whole
 * meeting again (S8, /meetings/:id: a second MeetingDetail request on every visit).
 */
export function mergePeopleByUserId(
  existing: People | undefined,
  incoming: People,
  { readField, mergeObjects }: FieldFunctionOptions,
): People {
  if (!existing) return incoming;
  const earlier = new Map(existing.map((person) => [readField<string>('userId', person), person]));
  return incoming.map((person) => {
    const before = earlier.get(readField<string>('userId', person));
    return before ? mergeObjects(before, person) : person;
  });
}

/** `Meeting.hosts` and `Meeting.participants`. */
export const meetingPeoplePolicy: FieldPolicy<People, People, People> = { merge: mergePeopleByUserId };
