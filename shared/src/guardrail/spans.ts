import type { Finding } from './types.js';

/**
 * Findings kept in text order, none overlapping another: `add` refuses a finding that overlaps one already kept.
 * A binary search finds the neighbours, so a text with thousands of findings costs n log n, not n².
 */
export class FindingSpans {
  readonly sorted: Finding[] = [];

  add(finding: Finding): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]!.start < finding.start) low = middle + 1;
      else high = middle;
    }
    const before = this.sorted[low - 1];
    const after = this.sorted[low];
    if ((before && before.end > finding.start) || (after && after.start < finding.end)) return false;
    this.sorted.splice(low, 0, finding);
    return true;
  }
}
