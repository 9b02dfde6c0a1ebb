import type { Finding } from '@strom/shared';

/**
 * The text with a finding's span taken out, for the panel's "Remove". The span is looked up again by its text: the
 * author may have typed on since it was found. Spaces left doubled by the cut close up.
 */
export function withoutFinding(text: string, finding: Finding): string {
  const start = text.slice(finding.start, finding.end) === finding.text ? finding.start : text.indexOf(finding.text);
  if (start < 0) return text;
  const before = text.slice(0, start);
  const after = text.slice(start + finding.text.length);
  return before.endsWith(' ') && /^[ ,.;:]/u.test(after) ? before.slice(0, -1) + after : before + after;
}
