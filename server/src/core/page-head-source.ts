import type { PageHeadLink } from '@strom/shared';
import type { Context } from './context.js';

/**
 * A page whose head is data, written into the HTML the server sends for its address (app/serve-client.ts), so that
 * a phone paints the page's title before its scripts have loaded (S8: the title is these pages' largest paint).
 * The read is the page's own query's, with the same rights: a reader who may not see the thing gets the page
 * without a head, exactly as for a thing that does not exist.
 */
export interface PageHeadSource {
  /** The client's address pattern, as its router and the build's page shells name it: `/t/:id`. */
  path: string;
  read: (context: Context, params: Readonly<Record<string, string>>) => Promise<DataPageHead | null>;
}

/** What the data gives a page's head; the build's page shell gives the rest (the fixed links above, the layout). */
export interface DataPageHead {
  title: string;
  intro?: string;
  /** Links above the title that come after the page's fixed ones (a thread's forum). */
  links?: readonly PageHeadLink[];
}
