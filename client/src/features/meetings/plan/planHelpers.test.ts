import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { rankSlots } from './DatePollHostPanel';
import { placesWithoutContactPoint } from './useCreatePlannedMeeting';

const slot = (id: string, yes: number, ifNeedBe: number, no: number, startsAt: string) => ({
  __typename: 'MeetingSlot' as const,
  id,
  startsAt,
  endsAt: startsAt,
  yes,
  ifNeedBe,
  no,
  best: false,
  viewerAnswer: null,
});

describe('the date poll ranking', () => {
  it('puts the fewest no first, then the most yes, then the most if need be, then the earliest', () => {
    const ranked = rankSlots([
      slot('many-no', 5, 0, 2, '2027-01-01T08:00:00Z'),
      slot('later', 2, 1, 0, '2027-01-03T08:00:00Z'),
      slot('earlier', 2, 1, 0, '2027-01-02T08:00:00Z'),
      slot('fewer-yes', 1, 3, 0, '2027-01-01T08:00:00Z'),
      slot('more-if-need-be', 2, 2, 0, '2027-01-04T08:00:00Z'),
    ]);
    expect(ranked.map((s) => s.id)).toEqual(['more-if-need-be', 'earlier', 'later', 'fewer-yes', 'many-no']);
  });
});

describe('municipalities without a contact point', () => {
  it('reads them from the server’s typed refusal, and nothing from other failures', () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'No active contact point in Ogre (LV)',
          extensions: { code: 'BAD_USER_INPUT', withoutContactPoint: [{ municipalityId: 'm1', name: 'Ogre', countryCode: 'LV' }] },
        },
      ],
    });
    expect(placesWithoutContactPoint(refusal)).toEqual([{ municipalityId: 'm1', name: 'Ogre', countryCode: 'LV' }]);
    expect(placesWithoutContactPoint(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toEqual(
      [],
    );
    expect(placesWithoutContactPoint(new Error('network'))).toEqual([]);
  });
});
