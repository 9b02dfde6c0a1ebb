/** The page head the server put in the static shell (client/scripts/page-shells.ts): its words and their layout. */
export interface ShellHead {
  /** The address it was served for: only the first page shows it, while its scripts load. */
  path: string;
  title: string;
  intro: string | null;
  layout: 'page' | 'welcome';
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
  };
}

export const shellHead: ShellHead | null = typeof document === 'undefined' ? null : readShellHead();

/** The shell's head if this address is the one the HTML was served for (the first page), else null. */
export function firstPageHead(path: string, head: ShellHead | null = shellHead): ShellHead | null {
  return head?.path === path ? head : null;
}

/**
 * The introduction the HTML showed on this address, if it was the first page: a page whose words depend on who reads
 * it keeps these until it knows the reader, instead of guessing and changing them twice (the server chose them by
 * whether the browser has a session).
 */
export function firstPageIntro(path: string, head: ShellHead | null = shellHead): string | null {
  return firstPageHead(path, head)?.intro ?? null;
}
