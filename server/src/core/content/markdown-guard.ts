import { MARKDOWN_SOURCE_MAX } from '@strom/shared';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BadUserInput } from '../errors.js';

/** Deeper trees overflow the recursive tree walkers further down the pipeline; real posts nest a dozen levels. */
export const MARKDOWN_DEPTH_MAX = 32;
/**
 * Table cells after padding: every row gets as many cells as the header has columns, so a wide header followed by
 * empty rows (`|\n` is two characters) would otherwise turn 20 kB of source into megabytes of HTML.
 */
export const MARKDOWN_TABLE_CELLS_MAX = 10_000;

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The syntax tree of `source`, or a BadUserInput on `field` when the text is too long or too convoluted to render. */
export function parseWithinLimits(source: string, field: string): Root {
  if (source.length > MARKDOWN_SOURCE_MAX) {
    throw BadUserInput.field(field, `The text is too long: at most ${MARKDOWN_SOURCE_MAX} characters`);
  }
  const tree = parser.parse(source);
  const { depth, tableCells } = measure(tree);
  if (depth > MARKDOWN_DEPTH_MAX) {
    throw BadUserInput.field(field, `The text nests quotes, lists or formatting too deeply (at most ${MARKDOWN_DEPTH_MAX} levels)`);
  }
  if (tableCells > MARKDOWN_TABLE_CELLS_MAX) {
    throw BadUserInput.field(field, `The text's tables are too large (at most ${MARKDOWN_TABLE_CELLS_MAX} cells in all)`);
  }
  return tree;
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
