import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/cache';

// Two queries that list the same participants with different fields, as the meeting page and its agenda do.
const Page = gql`
  query Page {
    meeting(id: "m1") {
      id
      participants {
        userId
        name
        countryCode
      }
    }
  }
`;
const Agenda = gql`
  query Agenda {
    meeting(id: "m1") {
      id
      participants {
        userId
        name
        status
      }
    }
  }
`;

const person = (userId: string, fields: Record<string, string>) => ({ __typename: 'MeetingParticipant', userId, name: userId, ...fields });
const meeting = (participants: object[]) => ({ meeting: { __typename: 'Meeting', id: 'm1', participants } });

describe('meeting participants in the cache', () => {
  it('keeps what an earlier list said of each person, in the newest list and its order', () => {
    const cache = createCache();
    cache.writeQuery({ query: Page, data: meeting([person('a', { countryCode: 'PL' }), person('b', { countryCode: 'SE' })]) });
    cache.writeQuery({ query: Agenda, data: meeting([person('b', { status: 'ACCEPTED' }), person('c', { status: 'INVITED' })]) });

    expect(cache.readQuery({ query: Agenda })).toEqual(meeting([person('b', { status: 'ACCEPTED' }), person('c', { status: 'INVITED' })]));
    // The page still reads b whole; c came without a country, so the page's query is incomplete, as it should be.
    const page = cache.diff({ query: Page, optimistic: false, returnPartialData: true });
    expect(page.result).toEqual(
      meeting([person('b', { countryCode: 'SE' }), { __typename: 'MeetingParticipant', userId: 'c', name: 'c' }]),
    );
    expect(page.complete).toBe(false);
  });

  it('answers the page from the cache after the agenda listed the same people', () => {
    const cache = createCache();
    cache.writeQuery({ query: Page, data: meeting([person('a', { countryCode: 'PL' })]) });
    cache.writeQuery({ query: Agenda, data: meeting([person('a', { status: 'ACCEPTED' })]) });
    expect(cache.diff({ query: Page, optimistic: false }).complete).toBe(true);
  });
});
