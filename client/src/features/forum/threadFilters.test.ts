import { describe, expect, it } from 'vitest';
import { filtersFromSearch, placeThread, searchFromFilters } from './threadFilters';

const edge = (id: string, over: Partial<{ pinned: boolean; tags: string[]; postCount: number; solvedPostId: string | null }> = {}) => ({
  node: { id, pinned: false, tags: [], postCount: 1, solvedPostId: null, ...over },
});

describe('thread filters', () => {
  it('reads the filters from the URL, normalising the tag and ignoring unknown values, and writes them back', () => {
    const filters = filtersFromSearch(new URLSearchParams('tag=Labour Exploitation&solved=no&unanswered=1'));
    expect(filters).toEqual({ tag: 'labour-exploitation', solved: false, unanswered: true });
    expect(searchFromFilters(filters).toString()).toBe('tag=labour-exploitation&solved=no&unanswered=1');
    expect(filtersFromSearch(new URLSearchParams('solved=maybe&unanswered=yes'))).toEqual({});
  });

  it('moves a thread with new activity below the pinned ones, once, and drops one that no longer matches', () => {
    const edges = [edge('pin', { pinned: true }), edge('a'), edge('b')];
    expect(placeThread(edges, edge('b', { postCount: 2 }), {}).map((e) => e.node.id)).toEqual(['pin', 'b', 'a']);
    expect(placeThread(edges, edge('new'), {}).map((e) => e.node.id)).toEqual(['pin', 'new', 'a', 'b']);
    expect(placeThread(edges, edge('a', { postCount: 2 }), { unanswered: true }).map((e) => e.node.id)).toEqual(['pin', 'b']);
    expect(placeThread(edges, edge('c', { tags: ['other'] }), { tag: 'referral' }).map((e) => e.node.id)).toEqual(['pin', 'a', 'b']);
    expect(placeThread(edges, edge('d', { solvedPostId: 'p' }), { solved: true }).map((e) => e.node.id)).toEqual(['pin', 'd', 'a', 'b']);
  });
});
