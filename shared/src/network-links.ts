/**
 * The markdown an editor inserts to link a text to the network: `@[Anna Ozola](expert:<id>)`,
 * `#[Tartu Victim Support](organisation:<id>)`, a library resource `[Screening form](resource:<id>)`, and a quote headed
 * by `[Anna Ozola wrote](post:<id>)`. The server
 * renders them (server/src/core/content/network-links.ts) with the label it resolves, not this one, which readers
 * see only when the id is unknown to the author.
 */
export type NetworkLinkKind = 'expert' | 'organisation' | 'post' | 'resource';

const MARKER: Record<NetworkLinkKind, string> = { expert: '@', organisation: '#', post: '', resource: '' };

/** A mention (`expert`), a reference (`organisation`), a post or resource link, its label kept on one line and its brackets balanced. */
export function networkLinkMarkdown(kind: NetworkLinkKind, id: string, label: string): string {
  const text = label.replace(/\s+/g, ' ').replace(/[\\[\]]/g, '\\$&');
  return `${MARKER[kind]}[${text}](${kind}:${id})`;
}

/** A blockquote of `quoted` (markdown), headed by a link to the post it comes from. */
export function quoteMarkdown(postId: string, label: string, quoted: string): string {
  const lines = quoted
    .trim()
    .split('\n')
    .map((line) => `> ${line}`.trimEnd());
  return [`> ${networkLinkMarkdown('post', postId, label)}`, '>', ...lines].join('\n') + '\n';
}
