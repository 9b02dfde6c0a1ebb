import type { NetworkLinkKind } from '@strom/shared';
import type { Link, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Links to things in the network, written as markdown links whose address is a kind and an id:
 *
 *     @[Anna Ozola](expert:5b0c…)                   a mention of an expert
 *     #[Tartu Victim Support](organisation:9e41…)   a reference to an organisation
 *     > [Anna Ozola wrote](post:0d7a…)              a quote: a post link at the head of a blockquote
 *     > the quoted text
 *     [Screening form](resource:3f2a…)              a link to a library resource
 *
 * Experts and organisations have no unique handle (names repeat, and change), so the editor's autocomplete inserts
 * the id, which is unambiguous; the `@` or `#` before the brackets is optional and is absorbed into the rendered link.
 * Only inline links count: a reference-style definition (`[x]: expert:…`) stays an ordinary link and is dropped by
 * the link policy like any other unknown scheme.
 *
 * The caller's resolvers say what each id is for the author (or nothing when it is unknown or hidden from the author).
 * The renderer then writes both the address (built from the id, or the quoted post's path) and the text (the
 * resolver's label): an author cannot make a link say "@Admin" and lead to someone else. The text between the
 * brackets is shown, unlinked, only when the id did not resolve. Editors write these links with
 * `networkLinkMarkdown` and `quoteMarkdown` from `@strom/shared`.
 */

/** What the reader sees of a resolved link, and whether an anonymous reader may follow it. */
export interface NetworkTarget {
  label: string;
  path: string;
  publiclyListed: boolean;
}

export type ResolvedLinks = Record<NetworkLinkKind, ReadonlyMap<string, NetworkTarget>>;

/** The ids a text links to, per kind (distinct, in order of appearance), and the addresses that name no valid id. */
export type LinkedIds = Record<NetworkLinkKind, string[]> & { malformed: string[] };

export type Audience = 'member' | 'public';

const ADDRESS = /^(expert|organisation|post|resource):(.*)$/s;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MARKER: Record<NetworkLinkKind, string> = { expert: '@', organisation: '#', post: '', resource: '' };
const CLASS: Record<NetworkLinkKind, string> = { expert: 'mention', organisation: 'reference', post: 'quote', resource: 'resource' };

function parseAddress(url: string): { kind: NetworkLinkKind; id: string | null } | null {
  const match = ADDRESS.exec(url);
  if (!match) return null;
  const [, kind, id = ''] = match;
  return { kind: kind as NetworkLinkKind, id: UUID.test(id) ? id.toLowerCase() : null };
}

export function collectNetworkLinks(tree: Root): LinkedIds {
  const found: LinkedIds = { expert: [], organisation: [], post: [], resource: [], malformed: [] };
  visit(tree, 'link', (node) => {
    const address = parseAddress(node.url);
    if (!address) return;
    const list = address.id === null ? found.malformed : found[address.kind];
    const entry = address.id ?? node.url;
    if (!list.includes(entry)) list.push(entry);
  });
  return found;
}

/**
 * Rewrites the network links of `tree` in place for one audience: members get links; anonymous readers get links
 * only to publicly listed targets, and plain labels otherwise. A quote's blockquote is marked for styling.
 */
export function applyNetworkLinks(tree: Root, resolved: ResolvedLinks, audience: Audience): Root {
  visit(tree, 'blockquote', (node) => {
    const head = node.children[0];
    const first = head?.type === 'paragraph' ? head.children[0] : undefined;
    if (first?.type === 'link' && parseAddress(first.url)?.kind === 'post') {
      node.data = { ...node.data, hProperties: { className: [CLASS.post] } };
    }
  });
  visit(tree, 'link', (node, index, parent) => {
    const address = parseAddress(node.url);
    if (!address || !parent || index === undefined) return;
    const siblings = parent.children as PhrasingContent[];
    const target = address.id === null ? undefined : resolved[address.kind].get(address.id);
    if (!target) {
      siblings.splice(index, 1, ...node.children);
      return index;
    }
    absorbMarker(siblings[index - 1], MARKER[address.kind]);
    const text = { type: 'text' as const, value: `${address.kind === 'expert' ? '@' : ''}${labelFor(address.kind, target, audience)}` };
    const followable = audience === 'member' || target.publiclyListed;
    siblings[index] = followable ? linkTo(target.path, text, CLASS[address.kind]) : text;
    return SKIP;
  });
  return tree;
}

/**
 * What an anonymous reader may read of a link's target: people are never named to them (the directory of people is
 * for members, and a quote's label names its author), nor organisations that are not publicly listed (a shelter's
 * existence is itself a secret).
 */
const PUBLIC_LABELS = {
  expert: 'a member',
  organisation: 'an organisation',
  post: 'A member wrote',
  resource: 'a library resource',
} as const;

function labelFor(kind: keyof typeof PUBLIC_LABELS, target: { label: string; publiclyListed?: boolean }, audience: Audience): string {
  if (audience === 'member' || ((kind === 'organisation' || kind === 'resource') && target.publiclyListed)) return target.label;
  return PUBLIC_LABELS[kind];
}

function linkTo(path: string, text: PhrasingContent, className: string): Link {
  return { type: 'link', url: path, title: null, children: [text], data: { hProperties: { className: [className] } } };
}

/** `@[Anna](expert:…)`: the `@` the author typed becomes part of the rendered mention. */
function absorbMarker(previous: PhrasingContent | undefined, marker: string): void {
  if (marker && previous?.type === 'text' && previous.value.endsWith(marker)) {
    previous.value = previous.value.slice(0, -marker.length);
  }
}
