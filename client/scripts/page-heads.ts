import costs from '../src/app/locales/en/costs.json' with { type: 'json' };
import forums from '../src/app/locales/en/forums.json' with { type: 'json' };
import guidelines from '../src/app/locales/en/guidelines.json' with { type: 'json' };
import library from '../src/app/locales/en/library.json' with { type: 'json' };
import map from '../src/app/locales/en/map.json' with { type: 'json' };
import meetings from '../src/app/locales/en/meetings.json' with { type: 'json' };
import thread from '../src/app/locales/en/thread.json' with { type: 'json' };
import translation from '../src/app/locales/en/translation.json' with { type: 'json' };
import type { PageHead, PageHeadAbove } from '@strom/shared';

/** Who is served a head: a browser without a session cookie is surely a visitor; with one, most likely a member. */
export type Audience = 'visitor' | 'member';

export interface ShellPage {
  path: string;
  audiences: readonly Audience[];
  head: PageHead;
  /** The tab's title, as the page's DocumentTitle sets it. */
  documentTitle: string;
}

const everyone: readonly Audience[] = ['visitor', 'member'];
const page = (path: string, title: string, intro?: string, audiences = everyone): ShellPage => ({
  path,
  audiences,
  head: { title, layout: 'page', ...(intro ? { intro } : {}) },
  documentTitle: translation.app.documentTitle.replace('{{page}}', title),
});

/**
 * The pages whose head is fixed text, for the audience that sees it. The build writes each into its own copy of
 * index.html (page-shells.ts) and the server sends that copy for the page's address: a phone paints the heading
 * and introduction from the HTML alone, seconds before the scripts have loaded and run (S8: the introduction was
 * the largest paint of these pages, and it waited on ~220 kB of JavaScript). A page whose head depends on data
 * (a forum, a thread, a meeting) or on who reads it beyond signed in or not (a member's home page) is not here.
 * The e2e journey page-shells.spec.ts checks each against the page React renders: same words, same boxes.
 */
export const SHELL_PAGES: readonly ShellPage[] = [
  {
    path: '/',
    audiences: ['visitor'],
    head: { title: translation.home.heading, intro: translation.home.intro1, layout: 'welcome' },
    documentTitle: translation.app.documentTitle.replace('{{page}}', translation.home.title),
  },
  page('/experts', translation.experts.title, translation.experts.intro),
  page('/organisations', translation.organisations.title, translation.organisations.intro),
  page('/map', map.map.title, map.map.introAnonymous, ['visitor']),
  page('/map', map.map.title, map.map.intro, ['member']),
  page('/coverage', map.coverage.title, map.coverage.intro),
  page('/forums', forums.list.title, forums.list.intro),
  page('/meetings', meetings.meetings.title, meetings.meetings.intro),
  page('/library', library.title, library.intro),
  page('/guidelines', guidelines.title, guidelines.intro),
  page('/costs', costs.title, costs.intro),
];

/**
 * The pages whose head is data: a forum's, a thread's and a meeting's title, which the server writes into the
 * page's shell for the reader who asks, with the same read and the same rights as the page's query (the largest
 * paint of each is its title, S8). What is fixed about their head is here, in English, as the page renders it: the
 * links above the title (the data's own links, a thread's forum, come after these) and the tab's title.
 */
export interface DataHeadPage {
  path: string;
  above: PageHeadAbove;
  /** `app.documentTitle`, whose `{{page}}` the server fills with the page's title. */
  documentTitle: string;
}

const dataPage = (path: string, above: PageHeadAbove): DataHeadPage => ({ path, above, documentTitle: translation.app.documentTitle });

export const DATA_HEAD_PAGES: readonly DataHeadPage[] = [
  // features/forum/ForumView
  dataPage('/forums/:slug', { style: 'small-back', links: [{ href: '/forums', label: forums.forum.backToList }] }),
  // features/thread/ThreadHeader: the forum follows, from the data
  dataPage('/t/:id', { style: 'breadcrumbs', links: [{ href: '/forums', label: thread.forums }] }),
  // features/meetings/MeetingPage
  dataPage('/meetings/:id', { style: 'back', links: [{ href: '/meetings', label: meetings.meetings.back }] }),
];
