/**
 * A page's head as the static HTML shell shows it before the scripts run: its heading, the paragraph under it, and
 * the links above it on a page reached from another (a forum's "All forums", a thread's breadcrumbs). The client's
 * build writes the fixed heads into its page shells; the server writes the heads that are data (a forum's, a
 * thread's, a meeting's title) for the reader who asks. Both write it with `withPageHead`, so the client reads one
 * markup back (client/src/ui/shellHead.ts) and shows the same head until the page itself renders it.
 */
export interface PageHead {
  title: string;
  intro?: string;
  layout: PageHeadLayout;
  above?: PageHeadAbove;
}

/** `page`: ui/PageHeader, a title over a paragraph; `welcome`: the home page's welcome, a title over a larger lead. */
export type PageHeadLayout = 'page' | 'welcome';

/**
 * The links above the title, styled as the page renders them: `back`, one link 32 px above the title (a meeting);
 * `small-back`, one smaller link 20 px above it (a forum); `breadcrumbs`, a trail of small links 10 px above it (a
 * thread).
 */
export interface PageHeadAbove {
  style: PageHeadAboveStyle;
  links: readonly PageHeadLink[];
}

export const PAGE_HEAD_ABOVE_STYLES = ['back', 'small-back', 'breadcrumbs'] as const;
export type PageHeadAboveStyle = (typeof PAGE_HEAD_ABOVE_STYLES)[number];

export interface PageHeadLink {
  href: string;
  label: string;
}

/** The tab's title of a page: the client's `app.documentTitle` with the page's name for `{{page}}`. */
export const DOCUMENT_TITLE_SLOT = '{{page}}';

/**
 * What is fixed about the head of a page whose title is data (a forum's, a thread's, a meeting's): the build writes
 * it into its manifest (client/scripts/page-shells.ts), the server adds the data (server/src/app/data-page-heads.ts).
 */
export interface DataHeadTemplate {
  above: PageHeadAbove;
  /** The tab's title, with DOCUMENT_TITLE_SLOT for the page's. */
  documentTitle: string;
}

/** index.html marks the placeholder of a page's head with these comments; a page's copy has its head in its place. */
const HEAD_PLACEHOLDER = /<!-- page-head:[\s\S]*?<!-- \/page-head -->/;
const TITLE = /<title>[^<]*<\/title>/;

/** The page's HTML with its head in place of the placeholder and its name in the tab. */
export function withPageHead(html: string, page: { path: string; head: PageHead; documentTitle: string }): string {
  if (!hasPageHeadPlaceholder(html)) throw new Error('the page lacks the page-head placeholder or a <title>');
  return html
    .replace(TITLE, () => `<title>${escapeHtml(page.documentTitle)}</title>`)
    .replace(HEAD_PLACEHOLDER, () => pageHeadHtml(page.path, page.head));
}

export function hasPageHeadPlaceholder(html: string): boolean {
  return HEAD_PLACEHOLDER.test(html) && TITLE.test(html);
}

/**
 * The head's markup. The shell is `aria-hidden` and decorative: the links above the title are spans styled as
 * links, so that nothing in it takes the keyboard's focus; the page renders the real ones.
 */
export function pageHeadHtml(path: string, head: PageHead): string {
  const above = head.above ? aboveHtml(head.above) : '';
  const intro = head.intro ? `<p class="shell-intro">${escapeHtml(head.intro)}</p>` : '';
  return (
    `<div class="shell-head shell-head-${head.layout}" data-shell-head="${escapeHtml(path)}" data-layout="${head.layout}">` +
    `${above}<h1 class="shell-title">${escapeHtml(head.title)}</h1>${intro}</div>`
  );
}

function aboveHtml(above: PageHeadAbove): string {
  const links = above.links.map((link) => `<span class="shell-link" data-href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</span>`);
  const separator = '<span class="shell-separator">›</span>';
  return `<div class="shell-above shell-above-${above.style}" data-above="${above.style}">${links.join(separator)}</div>`;
}

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
