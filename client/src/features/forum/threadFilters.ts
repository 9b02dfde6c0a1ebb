import { normaliseTag } from '@strom/shared';

/** The thread list's filters, as the URL keeps them (`?tag=…&solved=yes|no&unanswered=1`). */
export interface ThreadFilters {
  tag?: string;
  solved?: boolean;
  unanswered?: boolean;
}

export function filtersFromSearch(params: URLSearchParams): ThreadFilters {
  const filters: ThreadFilters = {};
  const tag = normaliseTag(params.get('tag') ?? '');
  if (tag) filters.tag = tag;
  const solved = params.get('solved');
  if (solved === 'yes' || solved === 'no') filters.solved = solved === 'yes';
  if (params.get('unanswered') === '1') filters.unanswered = true;
  return filters;
}

export function searchFromFilters(filters: ThreadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.solved !== undefined) params.set('solved', filters.solved ? 'yes' : 'no');
  if (filters.unanswered) params.set('unanswered', '1');
  return params;
}

/** What a live event's thread needs to be listed under the filters (the server applies the same rules to pages). */
export interface FilterableThread {
  tags: readonly string[];
  solvedPostId?: string | null;
  postCount: number;
  pinned: boolean;
}

export function matchesFilters(thread: FilterableThread, { tag, solved, unanswered }: ThreadFilters): boolean {
  if (tag && !thread.tags.includes(tag)) return false;
  if (solved !== undefined && (thread.solvedPostId != null) !== solved) return false;
  if (unanswered && thread.postCount > 1) return false;
  return true;
}

/**
 * A thread with new activity takes its place by last activity among its kind (pinned ones stay first), once: at
 * the top for what just happened, lower for an event that came late (its server process died after the commit
 * and another published it later). A thread that no longer matches the filters leaves the list.
 */
export function placeThread<E extends { node: FilterableThread & { id: string; lastPostAt: string } }>(
  edges: readonly E[],
  edge: E,
  filters: ThreadFilters,
): E[] {
  const rest = edges.filter((e) => e.node.id !== edge.node.id);
  if (!matchesFilters(edge.node, filters)) return rest;
  const at = Date.parse(edge.node.lastPostAt);
  const pastItsKind = (e: E) => edge.node.pinned && !e.node.pinned;
  const sameKindNotNewer = (e: E) => e.node.pinned === edge.node.pinned && Date.parse(e.node.lastPostAt) <= at;
  const before = rest.findIndex((e) => pastItsKind(e) || sameKindNotNewer(e));
  const index = before === -1 ? rest.length : before;
  return [...rest.slice(0, index), edge, ...rest.slice(index)];
}
