import type { NetworkLinkKind } from '@strom/shared';
import type { Root as HtmlRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as ToHtmlOptions } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseWithinLimits } from './markdown-guard.js';
import { markdownSchema, rehypePolicy } from './markdown-schema.js';
import { applyNetworkLinks, collectNetworkLinks, type LinkedIds, type NetworkTarget, type ResolvedLinks } from './network-links.js';

/**
 * Markdown a member wrote, rendered on the server to sanitised HTML (DESIGN §8). Features that store member text
 * (forum posts, minutes, resources…) render it once when it is written and store the result.
 */
export interface RenderedMarkdown {
  /** For signed-in members: mentions, references and quotes are links. */
  html: string;
  /** For anonymous readers: mentions are plain text, and so are references and quotes that are not publicly listed. */
  publicHtml: string;
  /** Ids of the experts mentioned, resolved, distinct, in order of appearance. */
  mentions: string[];
  /** Ids of the organisations referred to, likewise. */
  references: string[];
  /** Ids of the posts quoted, likewise. */
  quotes: string[];
  /** Ids of the library resources linked, likewise. */
  resources: string[];
  /** `kind:id` of each link the resolvers did not know (or, as written, one naming no valid id): `expert:5b0c…`. */
  unresolved: string[];
  /** The text without markup, blocks on their own lines, for search indexing. */
  text: string;
}

export interface MentionTarget {
  label: string;
}
export interface ReferenceTarget {
  label: string;
  publiclyListed: boolean;
}
/** A library resource, read at `/library/<id>`. */
export interface ResourceTarget {
  label: string;
  publiclyListed: boolean;
}
/** `path` is where the quoted post is read, such as `/t/<threadId>#post-<postId>`. */
export interface QuoteTarget {
  label: string;
  path: string;
  publiclyListed: boolean;
}

/**
 * Given the distinct ids a text links to (never empty), what the author may see of them: an id the author may not
 * see is left out of the map. Called once per kind and text, so one statement answers it.
 */
export type Resolver<Target> = (ids: readonly string[]) => Promise<ReadonlyMap<string, Target>>;

export interface RenderMarkdownOptions {
  resolveMentions?: Resolver<MentionTarget>;
  resolveReferences?: Resolver<ReferenceTarget>;
  resolveQuotes?: Resolver<QuoteTarget>;
  resolveResources?: Resolver<ResourceTarget>;
  /** The input field errors name (default `text`). */
  field?: string;
}

// Footnotes would give every post on a page the same ids and `#fn-1` targets: they stay the text that was written.
const handlers: ToHtmlOptions['handlers'] = {
  html: (_state, node: { value: string }) => ({ type: 'text', value: node.value }),
  footnoteReference: (_state, node: FootnoteReference) => ({ type: 'text', value: `[^${node.label ?? node.identifier}]` }),
  footnoteDefinition: (state, node: FootnoteDefinition) => {
    const content = state.all(node);
    const marker = { type: 'text' as const, value: `[^${node.label ?? node.identifier}]: ` };
    const [first] = content;
    if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(marker);
    else content.unshift(marker);
    return content;
  },
};

const toHtml = unified()
  .use(remarkRehype, { handlers })
  .use(rehypePolicy)
  .use(rehypeSanitize, markdownSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders `source` for members and for anonymous readers. Throws BadUserInput (on `options.field`) for text that is
 * too long or too convoluted to render; raw HTML in the source is shown as text, never as HTML.
 */
export async function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): Promise<RenderedMarkdown> {
  const tree = await parseWithinLimits(source, options.field ?? 'text');
  const linked = collectNetworkLinks(tree);
  const resolved = await resolveLinks(linked, options);
  const forMembers = toHtml.runSync(applyNetworkLinks(structuredClone(tree), resolved, 'member'));
  const forPublic = toHtml.runSync(applyNetworkLinks(tree, resolved, 'public'));
  const found = (kind: NetworkLinkKind) => linked[kind].filter((id) => resolved[kind].has(id));
  const missing = (kind: NetworkLinkKind) => linked[kind].filter((id) => !resolved[kind].has(id)).map((id) => `${kind}:${id}`);
  return {
    html: toHtml.stringify(forMembers),
    publicHtml: toHtml.stringify(forPublic),
    mentions: found('expert'),
    references: found('organisation'),
    quotes: found('post'),
    resources: found('resource'),
    unresolved: [...missing('expert'), ...missing('organisation'), ...missing('post'), ...missing('resource'), ...linked.malformed],
    text: plainText(forMembers),
  };
}

async function resolveLinks(linked: LinkedIds, options: RenderMarkdownOptions): Promise<ResolvedLinks> {
  const [experts, organisations, posts, resources] = await Promise.all([
    ask(options.resolveMentions, linked.expert),
    ask(options.resolveReferences, linked.organisation),
    ask(options.resolveQuotes, linked.post),
    ask(options.resolveResources, linked.resource),
  ]);
  // Paths to the directory are built here from the id; anonymous readers never follow a mention (experts are for members).
  return {
    expert: targets(experts, (id, { label }) => ({ label, path: `/experts/${id}`, publiclyListed: false })),
    organisation: targets(organisations, (id, { label, publiclyListed }) => ({ label, path: `/organisations/${id}`, publiclyListed })),
    post: targets(posts, (_id, { label, path, publiclyListed }) => ({ label, path, publiclyListed })),
    resource: targets(resources, (id, { label, publiclyListed }) => ({ label, path: `/library/${id}`, publiclyListed })),
  };
}

function targets<T>(found: ReadonlyMap<string, T>, target: (id: string, found: T) => NetworkTarget): ReadonlyMap<string, NetworkTarget> {
  return new Map([...found].map(([id, value]) => [id, target(id, value)]));
}

async function ask<T>(resolver: Resolver<T> | undefined, ids: string[]): Promise<ReadonlyMap<string, T>> {
  if (!resolver || ids.length === 0) return new Map();
  const found = await resolver(ids);
  // A resolver that answers more than it was asked cannot add links the text does not contain.
  return new Map(
    ids.flatMap((id) => {
      const target = found.get(id);
      return target === undefined ? [] : [[id, target] as const];
    }),
  );
}

const BLOCKS = new Set(['p', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'pre', 'tr', 'br', 'hr']);

/** Text content with blocks on their own lines and table cells apart, white space collapsed. */
function plainText(tree: HtmlRoot): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element')
      parts.push(BLOCKS.has(node.tagName) ? '\n' : node.tagName === 'td' || node.tagName === 'th' ? ' ' : '');
  });
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}
