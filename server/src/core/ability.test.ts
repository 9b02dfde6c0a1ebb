import { describe, expect, it } from 'vitest';
import { defineAbilities } from './ability.js';
import { ANONYMOUS, type MemberViewer } from './auth.js';
import { Forbidden, Unauthenticated } from './errors.js';

const member: MemberViewer = {
  kind: 'member',
  userId: 'u1',
  sessionId: 's1',
  networkRole: 'MEMBER',
  countryCode: 'LV',
  coordinatorOf: [],
  expertId: null,
  municipalityId: null,
  totpEnabled: false,
  editorOf: ['o1'],
};

const notes = defineAbilities<{ id: string; public: boolean }>()({
  read: { allow: (viewer, note) => note.public || viewer.kind === 'member', refusal: 'This note is private' },
  edit: { allow: (viewer, note) => viewer.kind === 'member' && viewer.editorOf.includes(note.id), refusal: 'You may not edit this note' },
});
const network = defineAbilities()({ join: { allow: (viewer) => viewer.kind === 'anonymous', refusal: 'You are a member already' } });

describe('defineAbilities', () => {
  it('answers can from the table row of the action', () => {
    expect(notes.can(member, 'edit', { id: 'o1', public: false })).toBe(true);
    expect(notes.can(member, 'edit', { id: 'o2', public: false })).toBe(false);
    expect(notes.can(ANONYMOUS, 'read', { id: 'o2', public: true })).toBe(true);
    expect(network.can(ANONYMOUS, 'join')).toBe(true);
  });

  it('authorizes silently, tells anonymous viewers to sign in, and refuses members with the row’s message', () => {
    expect(() => notes.authorize(member, 'edit', { id: 'o1', public: false })).not.toThrow();
    expect(() => notes.authorize(ANONYMOUS, 'read', { id: 'o2', public: false })).toThrow(Unauthenticated);
    expect(() => notes.authorize(member, 'edit', { id: 'o2', public: true })).toThrow(Forbidden);
    expect(() => notes.authorize(member, 'edit', { id: 'o2', public: true })).toThrow('You may not edit this note');
    expect(() => network.authorize(member, 'join')).toThrow('You are a member already');
  });

  it('lists every action of the table for viewerCan', () => {
    expect(notes.permissions(member, { id: 'o2', public: false })).toEqual({ read: true, edit: false });
    expect(notes.permissions(ANONYMOUS, { id: 'o1', public: true })).toEqual({ read: true, edit: false });
    expect(network.permissions(member)).toEqual({ join: false });
  });
});
