import { describe, expect, it } from 'vitest';
import { emptyDraft, invitesAnyone, slotInstants, stepProblems } from './planDraft';

const draft = () => emptyDraft('00000000-0000-4000-8000-000000000001', 'Europe/Riga', 'REGIONAL');

describe('the plan draft', () => {
  it('asks for a title, and a country and municipality where the level needs them', () => {
    expect(stepProblems('what', draft())).toEqual({ title: 'titleShort' });
    expect(stepProblems('what', { ...draft(), title: 'Expert group', level: 'LOCAL' })).toEqual({
      countryCode: 'countryMissing',
      municipalityId: 'municipalityMissing',
    });
    expect(stepProblems('what', { ...draft(), title: 'Expert group' })).toEqual({});
  });

  it('checks every proposed slot: both ends, the end after the start, a known zone', () => {
    const slots = [
      { start: '2027-03-09T10:00', end: '2027-03-09T12:00' },
      { start: '2027-03-10T10:00', end: '2027-03-10T09:00' },
      { start: '', end: '2027-03-11T12:00' },
    ];
    expect(stepProblems('when', { ...draft(), slots })).toEqual({ 'slots.1.end': 'endBeforeStart', 'slots.2.start': 'startMissing' });
    expect(stepProblems('when', { ...draft(), timeZone: 'Mars/Olympus' })).toEqual({ timeZone: 'zoneUnknown' });
    expect(stepProblems('when', { ...draft(), when: 'FIXED', fixed: slots[0]! })).toEqual({});
  });

  it('asks for a venue in person, a web address online, and a whole number of seats', () => {
    expect(stepProblems('where', { ...draft(), format: 'HYBRID', onlineLink: 'meet here', capacity: '2.5' })).toEqual({
      venue: 'venueMissing',
      onlineLink: 'linkInvalid',
      capacity: 'capacityInvalid',
    });
    expect(stepProblems('where', { ...draft(), onlineLink: 'https://meet.example.org/x', capacity: '40' })).toEqual({});
  });

  it('turns wall times of the meeting’s zone into instants', () => {
    expect(slotInstants({ start: '2027-03-09T10:00', end: '2027-03-09T12:00' }, 'Europe/Riga')).toEqual({
      startsAt: '2027-03-09T08:00:00.000Z',
      endsAt: '2027-03-09T10:00:00.000Z',
    });
  });

  it('knows whether anyone would be invited', () => {
    expect(invitesAnyone(draft())).toBe(false);
    expect(invitesAnyone({ ...draft(), countryCodes: ['LV'] })).toBe(true);
  });
});
