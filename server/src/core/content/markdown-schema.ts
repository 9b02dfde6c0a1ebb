import type { Element, ElementContent, Root } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

/**
 * What rendered markdown may contain: exactly the elements markdown itself produces (no raw HTML reaches the tree:
 * it is shown as text), with the few attributes they need. Images are not among them: a remote image would tell
 * its host who reads the forum, so `![alt](url)` becomes a link to the image (see `rehypePolicy`).
 */
export const markdownSchema: SanitizeSchema = {
  // Blocks, then inline elements and tables; h1 and h2 are never produced (headings step down two levels).
  tagNames: [
    'p',
    'br',
    'hr',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'input',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: {
    a: ['href', ['rel', 'nofollow', 'noopener', 'noreferrer', 'ugc'], ['className', 'mention', 'reference', 'quote', 'resource']],
    blockquote: [['className', 'quote']],
    code: [['className', /^language-[\w+#.-]{1,40}$/]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    td: [['align', 'left', 'center', 'right']],
    th: [['align', 'left', 'center', 'right']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: defaultSchema.ancestors,
  // No element may carry an id or a name; should one ever be allowed, it cannot clobber the page's globals.
  clobber: defaultSchema.clobber,
  clobberPrefix: defaultSchema.clobberPrefix,
  strip: ['script', 'style'],
};

export const EXTERNAL_REL = ['nofollow', 'noopener', 'noreferrer', 'ugc'];

// Any origin will do: it only tells a path on this site from an address that leaves it (`//host`, `/\host`).
const HERE = 'https://strom.invalid';

/** How a link leads: within the site (a path), out of it (http, https), to a mail client, or nowhere allowed (null). */
export function linkKind(href: string): 'path' | 'external' | 'mail' | null {
  if (href.startsWith('/')) return URL.canParse(href, HERE) && new URL(href, HERE).origin === HERE ? 'path' : null;
  if (!URL.canParse(href)) return null;
  const { protocol } = new URL(href);
  if (protocol === 'http:' || protocol === 'https:') return 'external';
  return protocol === 'mailto:' ? 'mail' : null;
}

const DEMOTED: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

// Embedding, override and isolate controls: they make text read other than it is ("moc.elpmaxe" shown backwards).
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Runs before the sanitizer (which stays the last word): images become links, links that lead nowhere allowed
 * become their text, links out of the site get `rel`, text-direction controls go, and headings step down two
 * levels so that a post's `# Title` never outranks the page's own h1 and h2.
 */
export function rehypePolicy() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'text') node.value = node.value.replace(DIRECTION_CONTROLS, '');
      if (node.type !== 'element' || !parent || index === undefined) return;
      node.tagName = DEMOTED[node.tagName] ?? node.tagName;
      if (node.tagName === 'img') imageAsLink(node, parent.type === 'element' && parent.tagName === 'a');
      if (node.tagName !== 'a') return;
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      const kind = linkKind(href);
      if (!kind) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      node.properties = { href, className: node.properties.className, rel: kind === 'external' ? EXTERNAL_REL : undefined };
    });
  };
}

/** An image becomes a link to it, named by its alt text; inside a link (a linked image) just that text. */
function imageAsLink(node: Element, insideLink: boolean): void {
  const src = typeof node.properties.src === 'string' ? node.properties.src : '';
  const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : src;
  const text: ElementContent = { type: 'text', value: alt };
  Object.assign(
    node,
    insideLink ? { tagName: 'span', properties: {}, children: [text] } : { tagName: 'a', properties: { href: src }, children: [text] },
  );
}
