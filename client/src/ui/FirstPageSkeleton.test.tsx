import { screen } from '@testing-library/react';
import { withPageHead, type PageHead } from '@strom/shared';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_HEAD_PAGES, SHELL_PAGES } from '../../scripts/page-heads';
import { renderRoute } from '../test/render';
import { FirstPageSkeleton } from './FirstPageSkeleton';
import { firstPageIntro, readShellHead, type ShellHead } from './shellHead';

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe("a page's head in its static shell (@strom/shared page-head.ts → ui/shellHead.ts)", () => {
  it('reads back, for every shell page, the words, address and layout the build wrote, and the tab title', () => {
    expect(SHELL_PAGES.length).toBeGreaterThan(5);
    for (const page of SHELL_PAGES) {
      const shell = parse(withPageHead(indexHtml, page));
      expect(readShellHead(shell)).toEqual({
        path: page.path,
        title: page.head.title,
        intro: page.head.intro ?? null,
        layout: page.head.layout,
        above: null,
      });
      expect(shell.title).toBe(page.documentTitle);
      // The head replaces the placeholder bars of the title and introduction; the content's placeholder stays.
      expect(shell.querySelectorAll('.shell-main .shell-bar')).toHaveLength(1);
    }
  });

  it("reads back a data page's head as the server writes it: the links above the title, in order", () => {
    const thread = DATA_HEAD_PAGES.find((page) => page.path === '/t/:id')!;
    const head: PageHead = {
      title: 'Referral in practice',
      layout: 'page',
      above: { style: thread.above.style, links: [...thread.above.links, { href: '/forums/nrm', label: 'National referral' }] },
    };
    const shell = parse(withPageHead(indexHtml, { path: '/t/5b1', head, documentTitle: 'Referral in practice · Strom' }));
    expect(readShellHead(shell)).toEqual({
      path: '/t/5b1',
      title: 'Referral in practice',
      intro: null,
      layout: 'page',
      above: {
        style: 'breadcrumbs',
        links: [
          { href: '/forums', label: 'Forums' },
          { href: '/forums/nrm', label: 'National referral' },
        ],
      },
    });
    // Decorative, like the whole shell: nothing in it takes the keyboard's focus.
    expect(shell.querySelectorAll('.shell-head a, .shell-head [tabindex]')).toHaveLength(0);
  });

  it('escapes the words it writes into the HTML', () => {
    const words = `<b>Fish & "chips"</b> 'n' <script>`;
    const page = {
      path: '/t/"><x',
      head: { title: words, layout: 'page', above: { style: 'back', links: [{ href: '/"x', label: words }] } },
    } as const;
    const shell = parse(withPageHead(indexHtml, { ...page, documentTitle: words }));
    expect(shell.querySelector('script:not([src]):not([type])')).toBeNull();
    expect(readShellHead(shell)).toMatchObject({ path: '/t/"><x', title: words, above: { links: [{ href: '/"x', label: words }] } });
    expect(shell.title).toBe(words);
  });

  it('finds no head in index.html itself, and fails the build if the placeholder is gone', () => {
    expect(readShellHead(parse(indexHtml))).toBeNull();
    expect(() => withPageHead(indexHtml.replace('<!-- page-head:', '<!-- gone:'), SHELL_PAGES[0]!)).toThrow(/placeholder/);
  });
});

describe('a whole page while it loads (FirstPageSkeleton)', () => {
  const head: ShellHead = { path: '/organisations', title: 'Organisations', intro: 'Find the organisations.', layout: 'page', above: null };

  it("keeps the shell's head on the page it was served for, hidden from assistive technology like the shell's", () => {
    renderRoute(<FirstPageSkeleton shell={head} />, { path: '/organisations' });
    expect(screen.getByTestId('loading')).toHaveAttribute('aria-busy', 'true');
    const shown = screen.getByTestId('first-page-head');
    expect(shown).toHaveAttribute('aria-hidden', 'true');
    expect(shown).toHaveTextContent('OrganisationsFind the organisations.');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it("shows a data page's links above its title as text that takes no focus", () => {
    const meeting: ShellHead = {
      path: '/meetings/5b1',
      title: 'Regional expert group',
      intro: null,
      layout: 'page',
      above: { style: 'back', links: [{ href: '/meetings', label: 'All meetings' }] },
    };
    renderRoute(<FirstPageSkeleton shell={meeting} />, { path: '/meetings/5b1' });
    const shown = screen.getByTestId('first-page-head');
    expect(shown).toHaveTextContent('All meetingsRegional expert group');
    expect(shown.querySelectorAll('a, button, [tabindex]')).toHaveLength(0);
  });

  it('shows placeholders on any other page', () => {
    renderRoute(<FirstPageSkeleton shell={head} />, { path: '/experts' });
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(screen.queryByTestId('first-page-head')).toBeNull();
  });

  it('shows placeholders where the HTML had no head', () => {
    renderRoute(<FirstPageSkeleton shell={null} />, { path: '/organisations' });
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(screen.queryByTestId('first-page-head')).toBeNull();
  });
});

describe("the first page's introduction (firstPageIntro)", () => {
  const head: ShellHead = { path: '/map', title: 'Map', intro: 'The words for visitors.', layout: 'page', above: null };

  it("is the shell's introduction on the address it was served for, and nothing elsewhere or without a shell", () => {
    expect(firstPageIntro('/map', head)).toBe('The words for visitors.');
    expect(firstPageIntro('/organisations', head)).toBeNull();
    expect(firstPageIntro('/map', null)).toBeNull();
  });
});
