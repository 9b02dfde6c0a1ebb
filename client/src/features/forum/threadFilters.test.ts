import { describe, expect, it } from 'vitest';
import { filtersFromSearch, placeThread, searchFromFilters } from './threadFilters';

type Over = Partial<{ pinned: boolean; tags: string[]; postCount: number; solvedPostId: string | null; lastPostAt: string }>;
// Activity at minute `n` of one hour; a live event is newer than every row listed unless it says otherwise.
const at = (n: number) => `2026-12-06T10:${String(n).padStart(2, '0')}:00.000Z`;
const edge = (id: string, over: Over = {}) => ({
  node: { id, pinned: false, tags: [], postCount: 1, solvedPostId: null, lastPostAt: at(59), ...over },
});

describe('thread filters', () => {
  it('reads the filters from the URL, normalising the tag and ignoring unknown values, and writes them back', () => {
    const filters = filtersFromSearch(new URLSearchParams('tag=Labour Exploitation&solved=no&unanswered=1'));
    expect(filters).toEqual({ tag: 'labour-exploitation', solved: false, unanswered: true });
    expect(searchFromFilters(filters).toString()).toBe('tag=labour-exploitation&solved=no&unanswered=1');
    expect(filtersFromSearch(new URLSearchParams('solved=maybe&unanswered=yes'))).toEqual({});
  });

  it('moves a thread with new activity below the pinned ones, once, and drops one that no longer matches', () => {
    const edges = [edge('pin', { pinned: true, lastPostAt: at(1) }), edge('a', { lastPostAt: at(30) }), edge('b', { lastPostAt: at(20) })];
    expect(placeThread(edges, edge('b', { postCount: 2 }), {}).map((e) => e.node.id)).toEqual(['pin', 'b', 'a']);
    expect(placeThread(edges, edge('new'), {}).map((e) => e.node.id)).toEqual(['pin', 'new', 'a', 'b']);
    expect(placeThread(edges, edge('a', { postCount: 2 }), { unanswered: true }).map((e) => e.node.id)).toEqual(['pin', 'b']);
    expect(placeThread(edges, edge('c', { tags: ['other'] }), { tag: 'referral' }).map((e) => e.node.id)).toEqual(['pin', 'a', 'b']);
    expect(placeThread(edges, edge('d', { solvedPostId: 'p' }), { solved: true }).map((e) => e.node.id)).toEqual(['pin', 'd', 'a', 'b']);
  });

  it('places an event that came late by its last activity, and a pinned thread among the pinned ones', () => {
    const edges = [edge('pin', { pinned: true, lastPostAt: at(5) }), edge('a', { lastPostAt: at(30) }), edge('b', { lastPostAt: at(20) })];
    expect(placeThread(edges, edge('late', { lastPostAt: at(25) }), {}).map((e) => e.node.id)).toEqual(['pin', 'a', 'late', 'b']);
    expect(placeThread(edges, edge('oldest', { lastPostAt: at(10) }), {}).map((e) => e.node.id)).toEqual(['pin', 'a', 'b', 'oldest']);
    expect(placeThread(edges, edge('pin2', { pinned: true, lastPostAt: at(2) }), {}).map((e) => e.node.id)).toEqual([
      'pin',
      'pin2',
      'a',
      'b',
    ]);
    expect(placeThread(edges, edge('pin3', { pinned: true }), {}).map((e) => e.node.id)).toEqual(['pin3', 'pin', 'a', 'b']);
  });
});
