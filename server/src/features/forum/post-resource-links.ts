import type { Viewer } from '../../core/auth.js';
import type { Loaders } from '../../core/loaders.js';

/**
 * Library resources a post links. Which resources a member reads depends on the member (a SCOPE resource is for
 * its place), so a post is stored with a neutral label on each resource link and every reader's copy gets the titles
 * of the resources that reader may read; the others stay this label, unlinked: no title, no address.
 */
export const RESOURCE_LINK_LABEL = 'a library resource';

/** A resource link exactly as the renderer writes it (network-links.ts): an author's own markup never takes this form. */
const STORED_LINK = /<a href="\/library\/([0-9a-f-]{36})" class="resource">a library resource<\/a>/g;

/** The ids of the resources a rendered post links, distinct. */
function linkedResourceIds(html: string): string[] {
  return [...new Set([...html.matchAll(STORED_LINK)].map((match) => match[1]!))];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The post as one reader reads it: `titles` holds the resources this reader may read. */
function showResourceLinks(html: string, titles: ReadonlyMap<string, string>): string {
  return html.replace(STORED_LINK, (_link, id: string) => {
    const title = titles.get(id);
    return title === undefined ? RESOURCE_LINK_LABEL : `<a href="/library/${id}" class="resource">${escapeHtml(title)}</a>`;
  });
}

/** A stored post's HTML as `viewer` reads it; posts without resource links cost nothing. */
export async function htmlForReader(loaders: Loaders, viewer: Viewer, html: string): Promise<string> {
  const ids = linkedResourceIds(html);
  if (ids.length === 0) return html;
  const titles = await loaders.resourceTitles.loadMany(ids.map((id) => ({ id, viewer })));
  return showResourceLinks(html, new Map(ids.flatMap((id, i) => (typeof titles[i] === 'string' ? [[id, titles[i]] as const] : []))));
}
