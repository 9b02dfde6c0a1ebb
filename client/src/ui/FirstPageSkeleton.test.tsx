import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL_PAGES } from '../../scripts/page-heads';
import { shellOf } from '../../scripts/page-shells';
import { renderRoute } from '../test/render';
import { FirstPageSkeleton } from './FirstPageSkeleton';
import { firstPageIntro, readShellHead, type ShellHead } from './shellHead';

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe("a page's head in its static shell (scripts/page-shells.ts → ui/shellHead.ts)", () => {
  it('reads back, for every shell page, the words, address and layout the build wrote, and the tab title', () => {
    expect(SHELL_PAGES.length).toBeGreaterThan(5);
    for (const page of SHELL_PAGES) {
      const shell = parse(shellOf(indexHtml, page));
      expect(readShellHead(shell)).toEqual({
        path: page.path,
        title: page.head.title,
        intro: page.head.intro ?? null,
        layout: page.head.layout,
      });
      expect(shell.title).toBe(page.documentTitle);
      // The head replaces the placeholder bars of the title and introduction; the content's placeholder stays.
      expect(shell.querySelectorAll('.shell-main .shell-bar')).toHaveLength(1);
    }
  });

  it('escapes the words it writes into the HTML', () => {
    const page = { ...SHELL_PAGES[1]!, head: { title: '<b>Fish & "chips"</b>', layout: 'page' as const } };
    expect(readShellHead(parse(shellOf(indexHtml, page)))?.title).toBe('<b>Fish & "chips"</b>');
  });

  it('finds no head in index.html itself, and fails the build if the placeholder is gone', () => {
    expect(readShellHead(parse(indexHtml))).toBeNull();
    expect(() => shellOf(indexHtml.replace('<!-- page-head:', '<!-- gone:'), SHELL_PAGES[0]!)).toThrow(/placeholder/);
  });
});

describe('the first page while its code loads (FirstPageSkeleton)', () => {
  const head: ShellHead = { path: '/organisations', title: 'Organisations', intro: 'Find the organisations.', layout: 'page' };

  it("keeps the shell's head on the page it was served for, hidden from assistive technology like the shell's", () => {
    renderRoute(<FirstPageSkeleton shell={head} />, { path: '/organisations' });
    expect(screen.getByTestId('loading')).toHaveAttribute('aria-busy', 'true');
    const shown = screen.getByTestId('first-page-head');
    expect(shown).toHaveAttribute('aria-hidden', 'true');
    expect(shown).toHaveTextContent('OrganisationsFind the organisations.');
    expect(screen.queryByRole('heading')).toBeNull();
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
  const head: ShellHead = { path: '/map', title: 'Map', intro: 'The words for visitors.', layout: 'page' };

  it("is the shell's introduction on the address it was served for, and nothing elsewhere or without a shell", () => {
    expect(firstPageIntro('/map', head)).toBe('The words for visitors.');
    expect(firstPageIntro('/organisations', head)).toBeNull();
    expect(firstPageIntro('/map', null)).toBeNull();
  });
});
