import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { XSS_CORPUS, XSS_EXPERT_ID, XSS_HOSTILE_LABEL, XSS_POST_ID } from './xss-corpus.test-support.js';

// Written out here rather than taken from the schema, so that a loosened schema fails these tests.
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  hr: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  pre: [],
  em: [],
  strong: [],
  del: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  blockquote: ['className'],
  code: ['className'],
  a: ['href', 'rel', 'className'],
  input: ['type', 'disabled', 'checked'],
  ul: ['className'],
  ol: ['className', 'start'],
  li: ['className'],
  td: ['align'],
  th: ['align'],
};
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\]))/;

/** What in `html`, parsed as a browser parses it, could run script, load something, or leave by an unsafe scheme. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const allowed = ALLOWED[node.tagName];
      if (!allowed) found.push(`element <${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties)) {
        if (!allowed?.includes(name) || /^on/i.test(name)) found.push(`attribute ${name} on <${node.tagName}>`);
        if (name === 'href' && !(typeof value === 'string' && SAFE_HREF.test(value))) found.push(`href ${String(value)}`);
      }
    }
    if (node.type === 'text' && /[\u202a-\u202e\u2066-\u2069]/.test(node.value)) found.push('text-direction control');
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

const hostileResolvers = {
  resolveMentions: async (ids: readonly string[]) => new Map(ids.map((id) => [id, { label: XSS_HOSTILE_LABEL }])),
  resolveReferences: async (ids: readonly string[]) => new Map(ids.map((id) => [id, { label: XSS_HOSTILE_LABEL, publiclyListed: true }])),
  resolveQuotes: async (ids: readonly string[]) =>
    new Map(ids.map((id) => [id, { label: XSS_HOSTILE_LABEL, path: 'javascript:alert(1)', publiclyListed: true }])),
};

describe('the XSS check', () => {
  it('catches what it is meant to catch', () => {
    expect(unsafeParts('<img src=x onerror=alert(1)>')).toEqual(['element <img>', 'attribute src on <img>', 'attribute onError on <img>']);
    expect(unsafeParts('<a href=" javascript:alert(1)">x</a>')).toEqual(['href  javascript:alert(1)']);
    expect(unsafeParts('<a href="//evil.example">x</a><p style="x">\u202e</p>')).toEqual([
      'href //evil.example',
      'attribute style on <p>',
      'text-direction control',
    ]);
    expect(unsafeParts('<p><a href="/t/1#post-2" class="quote">x</a> <a href="https://a.example" rel="nofollow">y</a></p>')).toEqual([]);
  });
});

describe('rendering hostile markdown', () => {
  it('has a corpus of at least 40 vectors, a few of them marked for the browser', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_CORPUS.map((vector) => vector.name)).size).toBe(XSS_CORPUS.length);
    expect(XSS_CORPUS.filter((vector) => vector.worst).length).toBeGreaterThanOrEqual(8);
  });

  it.each(XSS_CORPUS)('$name: nothing executable, for members or the public', async ({ markdown }) => {
    const rendered = await renderMarkdown(markdown, hostileResolvers);
    expect(unsafeParts(rendered.html)).toEqual([]);
    expect(unsafeParts(rendered.publicHtml)).toEqual([]);
  });

  it('shows a resolver label that is markup as text', async () => {
    const { html } = await renderMarkdown(`@[x](expert:${XSS_EXPERT_ID})`, hostileResolvers);
    const link = fromHtml(html, { fragment: true });
    expect(JSON.stringify(link)).toContain(JSON.stringify(`@${XSS_HOSTILE_LABEL}`));
    expect(html).not.toContain('<img');
  });

  it('drops a quote link whose resolved path is not a path on the site, keeping its label', async () => {
    const { html, quotes } = await renderMarkdown(`> [q](post:${XSS_POST_ID})\n>\n> text`, hostileResolvers);
    expect(quotes).toEqual([XSS_POST_ID]);
    expect(html).not.toContain('href');
    expect(html).toContain('&#x3C;script>');
  });
});
