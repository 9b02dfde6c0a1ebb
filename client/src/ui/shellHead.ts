import { PAGE_HEAD_ABOVE_STYLES, type PageHeadAbove, type PageHeadAboveStyle } from '@strom/shared';

/**
 * The page head the HTML carried (@strom/shared page-head.ts): fixed words the build wrote (scripts/page-shells.ts)
 * or a forum's, thread's or meeting's title the server wrote for this reader.
 */
export interface ShellHead {
  /** The address it was served for: only the first page shows it, while its scripts and data load. */
  path: string;
  title: string;
  intro: string | null;
  layout: 'page' | 'welcome';
  above: PageHeadAbove | null;
}

/**
 * Reads the shell's page head, if the HTML has one. Runs when the entry module loads, before React's first render
 * empties #root; the first page's skeleton then shows the same head instead of placeholders, so the words the
 * phone painted from the HTML stay on screen until the page itself renders them.
 */
export function readShellHead(root: ParentNode = document): ShellHead | null {
  const head = root.querySelector<HTMLElement>('[data-shell-head]');
  const title = head?.querySelector('h1')?.textContent;
  if (!head || !title) return null;
  return {
    path: head.dataset['shellHead'] ?? '',
    title,
    intro: head.querySelector('p')?.textContent ?? null,
    layout: head.dataset['layout'] === 'welcome' ? 'welcome' : 'page',
    above: readAbove(head.querySelector<HTMLElement>('[data-above]')),
  };
}

function readAbove(above: HTMLElement | null): PageHeadAbove | null {
  const style = PAGE_HEAD_ABOVE_STYLES.find((known: PageHeadAboveStyle) => known === above?.dataset['above']);
  if (!above || !style) return null;
  const links = [...above.querySelectorAll<HTMLElement>('[data-href]')].map((link) => ({
    href: link.dataset['href'] ?? '',
    label: link.textContent ?? '',
  }));
  return { style, links };
}

let served: ShellHead | null = typeof document === 'undefined' ? null : readShellHead();

/** The head the HTML was served with, until the reader leaves its page (forgetShellHead). */
export function shellHead(): ShellHead | null {
  return served;
}

/**
 * Called when the reader first leaves the page the HTML was served for: coming back later, its skeleton shows
 * placeholders like any other page's, not words that may have changed since (a renamed thread, another session).
 */
export function forgetShellHead(): void {
  served = null;
}

/** The shell's head if this address is the one the HTML was served for (the first page), else null. */
export function firstPageHead(path: string, head: ShellHead | null = served): ShellHead | null {
  return head?.path === path ? head : null;
}

/**
 * The introduction the HTML showed on this address, if it was the first page: a page whose words depend on who reads
 * it keeps these until it knows the reader, instead of guessing and changing them twice (the server chose them by
 * whether the browser has a session).
 */
export function firstPageIntro(path: string, head: ShellHead | null = served): string | null {
  return firstPageHead(path, head)?.intro ?? null;
}
