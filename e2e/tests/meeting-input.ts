import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { graphql } from './fixtures.js';

const HOUR = 3_600_000;

/** A new REGIONAL, ONLINE meeting open to the network, tomorrow for two hours (on the minute), in Rīga's time zone. */
export function meetingTomorrow(title: string) {
  const startsAt = new Date(Math.floor((Date.now() + 24 * HOUR) / 60_000) * 60_000);
  return {
    id: randomUUID(),
    title,
    level: 'REGIONAL',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    timeZone: 'Europe/Riga',
    format: 'ONLINE',
    visibility: 'NETWORK',
  };
}

/** Creates a meeting through the API as the signed-in host of `request`; it stays a DRAFT until scheduled. */
export async function createMeeting(request: APIRequestContext, input: ReturnType<typeof meetingTomorrow> & { followsId?: string }) {
  await graphql(
    request,
    `
      mutation ($input: CreateMeetingInput!) {
        createMeeting(input: $input) {
          id
        }
      }
    `,
    { input },
  );
}

/** Moves a DRAFT meeting to SCHEDULED, which tells its invitees. */
export async function scheduleMeeting(request: APIRequestContext, id: string) {
  await graphql(
    request,
    `
      mutation ($id: ID!) {
        scheduleMeeting(id: $id) {
          id
        }
      }
    `,
    { id },
  );
}
