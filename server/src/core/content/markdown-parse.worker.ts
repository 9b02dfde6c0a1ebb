// Runs in a worker thread (see markdown-guard.ts), loaded as it is: it imports only packages, never our own modules,
// because Node strips this file's types itself when the server runs from source.
import { parentPort } from 'node:worker_threads';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Deeper trees overflow the recursive tree walkers further down the pipeline; real posts nest a dozen levels. */
export const MARKDOWN_DEPTH_MAX = 32;
/**
 * Table cells after padding: every row gets as many cells as the header has columns, so a wide header followed by
 * empty rows (`|\n` is two characters) would otherwise turn 20 kB of source into megabytes of HTML.
 */
export const MARKDOWN_TABLE_CELLS_MAX = 10_000;

export type ParseOutcome = { tree: Root } | { problem: 'too-deep' | 'tables-too-large' | 'too-complex' };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMeasured(source: string): ParseOutcome {
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch {
    return { problem: 'too-complex' }; // the parser's own recursion overflowed
  }
  const { depth, tableCells } = measure(tree);
  if (depth > MARKDOWN_DEPTH_MAX) return { problem: 'too-deep' };
  if (tableCells > MARKDOWN_TABLE_CELLS_MAX) return { problem: 'tables-too-large' };
  return { tree };
}

/** Depth and padded table cells, walked without recursion (the tree may be deep enough to overflow the stack). */
function measure(tree: Root): { depth: number; tableCells: number } {
  let depth = 0;
  let tableCells = 0;
  const stack: [Nodes, number][] = [[tree, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, level] = next;
    depth = Math.max(depth, level);
    if (node.type === 'table') tableCells += (node.align?.length ?? 0) * node.children.length;
    if ('children' in node) for (const child of node.children) stack.push([child, level + 1]);
  }
  return { depth, tableCells };
}

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Node worker's port, not a window
parentPort?.on('message', (source: string) => parentPort?.postMessage(parseMeasured(source)));
// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Node worker's port, not a window
parentPort?.postMessage('ready');
