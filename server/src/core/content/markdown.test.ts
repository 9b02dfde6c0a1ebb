import { MARKDOWN_SOURCE_MAX, networkLinkMarkdown, quoteMarkdown } from '@strom/shared';
import { describe, expect, it } from 'vitest';
import { BadUserInput } from '../errors.js';
import { parseWithinLimits } from './markdown-guard.js';
import { renderMarkdown, type RenderMarkdownOptions } from './markdown.js';

const ANNA = '5b0c2a8e-0000-4000-8000-0000000000a1';
const HIDDEN_EXPERT = '5b0c2a8e-0000-4000-8000-0000000000a2';
const LISTED_ORG = '9e41aaaa-0000-4000-8000-0000000000b1';
const UNLISTED_ORG = '9e41aaaa-0000-4000-8000-0000000000b2';
const PUBLIC_POST = '0d7a0000-0000-4000-8000-0000000000c1';
const GROUP_POST = '0d7a0000-0000-4000-8000-0000000000c2';
/** Nested `*_` pairs: micromark resolves them in quadratic time (about 25 s of processor time unbounded). */
const QUADRATIC = `${'*_'.repeat(4999)}a${'_*'.repeat(4999)}`;
const TEST_BUDGET_MS = 300;
const EXTERNAL = 'rel="nofollow noopener noreferrer ugc"';

/** Resolvers as a forum would pass them, recording what they were asked. */
function directory() {
  const asked: Record<string, (readonly string[])[]> = { experts: [], organisations: [], posts: [] };
  const options: RenderMarkdownOptions = {
    resolveMentions: async (ids) => {
      asked.experts?.push(ids);
      return new Map([[ANNA, { label: 'Anna Ozola' }]].filter(([id]) => ids.includes(id as string)) as [string, { label: string }][]);
    },
    resolveReferences: async (ids) => {
      asked.organisations?.push(ids);
      return new Map([
        [LISTED_ORG, { label: 'Tartu Victim Support', publiclyListed: true }],
        [UNLISTED_ORG, { label: 'Riga Shelter', publiclyListed: false }],
      ]);
    },
    resolveQuotes: async (ids) => {
      asked.posts?.push(ids);
      return new Map([
        [PUBLIC_POST, { label: 'Anna Ozola wrote', path: `/t/thread-1#post-${PUBLIC_POST}`, publiclyListed: true }],
        [GROUP_POST, { label: 'Jonas wrote', path: `/t/thread-2#post-${GROUP_POST}`, publiclyListed: false }],
      ]);
    },
  };
  return { asked, options };
}

/**
 * Milliseconds of processor time this process (the test and the parser's worker thread) spends from now to the call
 * of the returned function: unlike elapsed time, it does not grow when other processes load the machine.
 */
function processorTime(): () => number {
  const before = process.cpuUsage();
  return () => {
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  };
}

async function html(source: string): Promise<string> {
  return (await renderMarkdown(source)).html;
}

async function refusal(source: string): Promise<string> {
  return guardRefusal(renderMarkdown(source, { field: 'body' }));
}

/** The message of the BadUserInput on `body` that `rendering` rejects with. */
async function guardRefusal(rendering: Promise<unknown>): Promise<string> {
  const error = await rendering.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BadUserInput);
  const [fieldError] = (error as BadUserInput).extensions.fieldErrors as { field: string; message: string }[];
  expect(fieldError?.field).toBe('body');
  return fieldError?.message ?? '';
}

describe('renderMarkdown: what members write', () => {
  it('renders GFM tables with their alignment', async () => {
    expect(await html('| Country | Cases |\n|:--|--:|\n| LV | 12 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Country</th>\n<th align="right">Cases</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">LV</td>\n<td align="right">12</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('renders task lists as disabled checkboxes, and strikethrough', async () => {
    expect(await html('- [x] call the shelter\n- [ ] ~~write~~ send the form')).toBe(
      '<ul class="contains-task-list">\n' +
        '<li class="task-list-item"><input type="checkbox" checked disabled> call the shelter</li>\n' +
        '<li class="task-list-item"><input type="checkbox" disabled> <del>write</del> send the form</li>\n</ul>',
    );
  });

  it('renders code blocks with their language, and markup inside code as text', async () => {
    expect(await html('```ts\nconst a = "<b>";\n```\n\nUse `<br>` here')).toBe(
      '<pre><code class="language-ts">const a = "&#x3C;b>";\n</code></pre>\n<p>Use <code>&#x3C;br></code> here</p>',
    );
  });

  it('steps headings down two levels, so that none outranks the page', async () => {
    expect(await html('# One\n## Two\n### Three\n#### Four\n###### Six')).toBe(
      '<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n<h6>Six</h6>',
    );
  });

  it('shows raw HTML as the text it is', async () => {
    expect(await html('Press <kbd>Enter</kbd>')).toBe('<p>Press &#x3C;kbd>Enter&#x3C;/kbd></p>');
  });

  it('links out with rel, within the site without, and drops links that lead anywhere else', async () => {
    expect(await html('[a](https://lrs.lv/x) [b](/forums/lv) [c](mailto:help@example.org) [d](../x) [e](//evil.example) [f](#top)')).toBe(
      `<p><a href="https://lrs.lv/x" ${EXTERNAL}>a</a> <a href="/forums/lv">b</a> <a href="mailto:help@example.org">c</a> d e f</p>`,
    );
    expect(await html('See www.iom.int or help@example.org')).toBe(
      `<p>See <a href="http://www.iom.int" ${EXTERNAL}>www.iom.int</a> or <a href="mailto:help@example.org">help@example.org</a></p>`,
    );
  });

  it('shows images as links to them, and data images as their alt text', async () => {
    expect(
      await html('![Referral chart](https://example.org/chart.png) ![](https://example.org/b.png) ![Inline](data:image/png;base64,AAAA)'),
    ).toBe(
      `<p><a href="https://example.org/chart.png" ${EXTERNAL}>Referral chart</a> ` +
        `<a href="https://example.org/b.png" ${EXTERNAL}>https://example.org/b.png</a> Inline</p>`,
    );
  });

  it('keeps footnotes as the text that was written (no ids shared between posts on a page)', async () => {
    expect(await html('As agreed[^1].\n\n[^1]: In Tallinn.')).toBe('<p>As agreed[^1].</p>\n<p>[^1]: In Tallinn.</p>');
  });

  it('extracts plain text for search: blocks on their own lines, no markup', async () => {
    const { text } = await renderMarkdown(
      `# Referral\n\nCall **@[A](expert:${ANNA})** at [the shelter](https://x.example).\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |`,
      directory().options,
    );
    expect(text).toBe('Referral\nCall @Anna Ozola at the shelter.\none\ntwo\na\nb\n1\n2');
  });
});

describe('renderMarkdown: mentions, references and quotes', () => {
  it('links mentions for members with the label the resolver gives, and names nobody to the public', async () => {
    const { options } = directory();
    const rendered = await renderMarkdown(`Ask @[Anna O.](expert:${ANNA}), please.`, options);
    expect(rendered.html).toBe(`<p>Ask <a href="/experts/${ANNA}" class="mention">@Anna Ozola</a>, please.</p>`);
    expect(rendered.publicHtml).toBe('<p>Ask @a member, please.</p>');
    expect(rendered.mentions).toEqual([ANNA]);
    expect(rendered.unresolved).toEqual([]);
  });

  it('reports mentions the author may not see, and shows what was written without a link', async () => {
    const { options } = directory();
    const rendered = await renderMarkdown(
      `@[Hidden Person](expert:${HIDDEN_EXPERT}) and @[x](expert:not-an-id) and @[A](expert:${ANNA})`,
      options,
    );
    expect(rendered.html).toBe(`<p>@Hidden Person and @x and <a href="/experts/${ANNA}" class="mention">@Anna Ozola</a></p>`);
    expect(rendered.mentions).toEqual([ANNA]);
    expect(rendered.unresolved).toEqual([`expert:${HIDDEN_EXPERT}`, 'expert:not-an-id']);
  });

  it('links organisation references for members, and for the public names and links only publicly listed ones', async () => {
    const { options } = directory();
    const rendered = await renderMarkdown(`#[T](organisation:${LISTED_ORG}) and #[R](organisation:${UNLISTED_ORG})`, options);
    expect(rendered.html).toBe(
      `<p><a href="/organisations/${LISTED_ORG}" class="reference">Tartu Victim Support</a> and ` +
        `<a href="/organisations/${UNLISTED_ORG}" class="reference">Riga Shelter</a></p>`,
    );
    expect(rendered.publicHtml).toBe(
      `<p><a href="/organisations/${LISTED_ORG}" class="reference">Tartu Victim Support</a> and an organisation</p>`,
    );
    expect(rendered.references).toEqual([LISTED_ORG, UNLISTED_ORG]);
  });

  it('renders a quote as a blockquote led by a link to the quoted post, for the public only when that post is public', async () => {
    const { options } = directory();
    const source = `> [quote](post:${PUBLIC_POST})\n>\n> We refer through the NRM.\n\n> [quote](post:${GROUP_POST})\n>\n> Closed group text.`;
    const rendered = await renderMarkdown(source, options);
    expect(rendered.html).toBe(
      `<blockquote class="quote">\n<p><a href="/t/thread-1#post-${PUBLIC_POST}" class="quote">Anna Ozola wrote</a></p>\n<p>We refer through the NRM.</p>\n</blockquote>\n` +
        `<blockquote class="quote">\n<p><a href="/t/thread-2#post-${GROUP_POST}" class="quote">Jonas wrote</a></p>\n<p>Closed group text.</p>\n</blockquote>`,
    );
    expect(rendered.publicHtml).toContain(`<p><a href="/t/thread-1#post-${PUBLIC_POST}" class="quote">A member wrote</a></p>`);
    expect(rendered.publicHtml).toContain('<blockquote class="quote">\n<p>A member wrote</p>');
    expect(rendered.publicHtml).not.toMatch(/Anna|Jonas/);
    expect(rendered.quotes).toEqual([PUBLIC_POST, GROUP_POST]);
  });

  it('asks each resolver once, with the distinct ids, and ignores answers it did not ask for', async () => {
    const { asked, options } = directory();
    const rendered = await renderMarkdown(
      `@[a](expert:${ANNA}) @[b](expert:${ANNA.toUpperCase()}) #[c](organisation:${UNLISTED_ORG})`,
      options,
    );
    expect(asked).toEqual({ experts: [[ANNA]], organisations: [[UNLISTED_ORG]], posts: [] });
    expect(rendered.references).toEqual([UNLISTED_ORG]);
    expect(rendered.html).not.toContain(LISTED_ORG);
  });

  it('renders what the editor inserts through the shared helpers, whatever the label holds', async () => {
    const label = 'Anna [Riga] \\ Ozola]\n(x)';
    const source = `${networkLinkMarkdown('expert', ANNA, label)} ${networkLinkMarkdown('expert', HIDDEN_EXPERT, label)}\n\n${quoteMarkdown(PUBLIC_POST, 'Anna wrote', 'First line\n\n- a point')}`;
    const rendered = await renderMarkdown(source, directory().options);
    expect(rendered.html).toBe(
      `<p><a href="/experts/${ANNA}" class="mention">@Anna Ozola</a> @Anna [Riga] \\ Ozola] (x)</p>\n` +
        `<blockquote class="quote">\n<p><a href="/t/thread-1#post-${PUBLIC_POST}" class="quote">Anna Ozola wrote</a></p>\n<p>First line</p>\n<ul>\n<li>a point</li>\n</ul>\n</blockquote>`,
    );
    expect(rendered.unresolved).toEqual([`expert:${HIDDEN_EXPERT}`]);
  });

  it('without resolvers, every network link is unresolved and none is a link', async () => {
    const rendered = await renderMarkdown(`@[Anna](expert:${ANNA}) #[Org](organisation:${LISTED_ORG})`);
    expect(rendered.html).toBe('<p>@Anna #Org</p>');
    expect(rendered.unresolved).toEqual([`expert:${ANNA}`, `organisation:${LISTED_ORG}`]);
  });

  it('does not take a mention written in code or as a reference-style link', async () => {
    const { asked, options } = directory();
    const rendered = await renderMarkdown(`\`@[a](expert:${ANNA})\` and [b][r]\n\n[r]: expert:${ANNA}`, options);
    expect(rendered.html).toBe(`<p><code>@[a](expert:${ANNA})</code> and b</p>`);
    expect(asked.experts).toEqual([]);
    expect(rendered.mentions).toEqual([]);
  });
});

describe('renderMarkdown: limits', () => {
  it('refuses text longer than the shared limit, and a 1 MB post at once', async () => {
    expect(await refusal('a'.repeat(MARKDOWN_SOURCE_MAX + 1))).toBe(`The text is too long: at most ${MARKDOWN_SOURCE_MAX} characters`);
    const started = performance.now();
    await refusal('a'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses nesting deeper than the renderer walks safely', async () => {
    expect(await refusal(`${'>'.repeat(40)} deep`)).toMatch(/too deeply/);
    expect(await refusal(`${'+ '.repeat(40)}item`)).toMatch(/too deeply/);
    expect(await refusal(`${'*'.repeat(80)}a${'*'.repeat(80)}`)).toMatch(/too deeply/);
  });

  it('refuses tables whose padded cells would explode (a wide header over empty rows)', async () => {
    const source = `|${'a|'.repeat(100)}\n|${'-|'.repeat(100)}\n${'|\n'.repeat(200)}`;
    expect(await refusal(source)).toMatch(/tables are too large/);
  });

  // QUADRATIC takes 1.7 s of processor time on a fast, quiet machine: under the 2 s budget there, over it on a slow
  // one. A budget of a sixth of that shows the cut-off on any machine.
  it('stops parsing input that makes the parser quadratic, within its budget, and renders the next text', async () => {
    const spent = processorTime();
    expect(await guardRefusal(parseWithinLimits(QUADRATIC, 'body', TEST_BUDGET_MS))).toMatch(/too convoluted/);
    expect(spent()).toBeLessThan(TEST_BUDGET_MS + 1000);
    expect(await html('still *fine*')).toBe('<p>still <em>fine</em></p>');
  });

  it('refuses one convoluted text among others parsed at the same time, each on its own budget', async () => {
    const parse = (source: string) => parseWithinLimits(source, 'body', TEST_BUDGET_MS).then((tree) => tree.children[0]?.type);
    const outcomes = await Promise.allSettled([parse('first'), parse(QUADRATIC), parse('*third*')]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual([
      'paragraph',
      'The text is too convoluted to display: simplify its formatting',
      'paragraph',
    ]);
  });

  it('renders a realistic post of the maximum length quickly', async () => {
    const paragraph = `## Referral in Rīga\n\nWe call **@[A](expert:${ANNA})** first, then [the NRM](https://example.org/nrm) — see _step 2_.\n\n- [x] interview\n- [ ] shelter\n\n| step | who |\n|---|---|\n| 1 | police |\n\n> quoted advice\n\n\`\`\`\ncode\n\`\`\`\n\n`;
    const source = paragraph.repeat(Math.floor(MARKDOWN_SOURCE_MAX / paragraph.length));
    const { options } = directory();
    await renderMarkdown(source, options); // the worker's first start is not what is measured
    const spent = processorTime();
    const rendered = await renderMarkdown(source, options);
    expect(spent()).toBeLessThan(1000); // about 0.3 s: parsed once, rendered twice
    expect(rendered.mentions).toEqual([ANNA]);
  });
});
