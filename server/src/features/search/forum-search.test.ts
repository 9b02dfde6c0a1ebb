import { SEARCH_POST_COUNT_MAX } from '@strom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type DemoAccountName, type TestApp } from '../../test/harness.js';
import { makeForum, makeThread, reply, userIdOf } from '../forum/forum.test-support.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      threadCount
      postCount
      hits {
        score
        node {
          __typename
          ... on ThreadMatch {
            id
            threadTitle
            forumTitle
          }
          ... on PostMatch {
            id
            threadId
            threadTitle
            position
            snippet
          }
        }
      }
    }
  }
`;

interface Results {
  threadCount: number;
  postCount: number;
  hits: { score: number; node: { __typename: string; id: string; threadId?: string; snippet?: string; threadTitle?: string } }[];
}

let app: TestApp;
const forums: Record<'PUBLIC' | 'NETWORK' | 'GROUP', string> = { PUBLIC: '', NETWORK: '', GROUP: '' };
const threads: Record<keyof typeof forums, string> = { PUBLIC: '', NETWORK: '', GROUP: '' };

// Words no demo text holds, so that counts can be exact.
const WORD = { PUBLIC: 'Quokkaberg', NETWORK: 'Narwhalfjord', GROUP: 'Axolotlweg' } as const;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  for (const visibility of ['PUBLIC', 'NETWORK', 'GROUP'] as const) {
    forums[visibility] = (await makeForum(app, { visibility, title: `${visibility} forum` })).id;
    threads[visibility] = (
      await makeThread(app, forums[visibility], visibility === 'GROUP' ? 'admin' : 'member.lv', {
        title: `Cross-border ${WORD[visibility]} for shelters`,
        source: `The ${WORD[visibility]} draft is attached; comments welcome.`,
      })
    ).id;
  }
});
afterAll(() => app?.close());

async function search(query: string, as: DemoAccountName | null, first = 20): Promise<Results> {
  const result = await app.gql<{ search: Results }>(SEARCH, { query, first }, { as: as && (await app.cookieOf(as)) });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

const ids = (results: Results) => results.hits.map((h) => h.node.id);
/** The word with one letter left out. */
const typo = (word: string) => word.slice(0, 3) + word.slice(4);

describe('search in forums', () => {
  it('finds a thread by its title and a post by its words, linking the post to its thread', async () => {
    const results = await search(WORD.NETWORK.toLowerCase(), 'member.pl');
    expect(results).toMatchObject({ threadCount: 1, postCount: 1 });
    const thread = results.hits.find((h) => h.node.__typename === 'ThreadMatch')!;
    expect(thread.node).toMatchObject({ id: threads.NETWORK, threadTitle: `Cross-border ${WORD.NETWORK} for shelters` });
    const post = results.hits.find((h) => h.node.__typename === 'PostMatch')!;
    expect(post.node).toMatchObject({ threadId: threads.NETWORK, position: 1 });
    expect(post.node.snippet).toBe(`The ${WORD.NETWORK} draft is attached; comments welcome.`);
    // The thread's own title ranks above a post that merely uses the word.
    expect(thread.score).toBeGreaterThan(post.score);
  });

  it('forgives missing diacritics, a typo in a title and an unfinished last word', async () => {
    const thread = await makeThread(app, forums.NETWORK, 'member.lv', {
      title: 'Pārrobežu sadarbība ar Lietuvas policiju',
      source: 'Sadarbības līgums ar Klaipėdos policiją',
    });
    expect(ids(await search('parrobezu sadarb', 'member.pl'))).toContain(thread.id);
    const genitive = await search('klaipedos', 'member.pl');
    expect(genitive.postCount).toBe(1);
    expect(genitive.hits.filter((h) => h.node.__typename === 'PostMatch').map((h) => h.node.threadId)).toEqual([thread.id]);
    expect(ids(await search('Parobezu sadarbiba', 'member.pl'))).toContain(thread.id);
  });

  it('shows each viewer only the forums they may read: in hits and in counts', async () => {
    const expectations: [DemoAccountName | null, (keyof typeof forums)[]][] = [
      [null, ['PUBLIC']],
      ['member.pl', ['PUBLIC', 'NETWORK']],
      ['member.lv', ['PUBLIC', 'NETWORK']],
      ['admin', ['PUBLIC', 'NETWORK', 'GROUP']],
      ['moderator', ['PUBLIC', 'NETWORK', 'GROUP']],
    ];
    for (const [as, visible] of expectations) {
      for (const visibility of ['PUBLIC', 'NETWORK', 'GROUP'] as const) {
        const results = await search(WORD[visibility], as);
        const seen = visible.includes(visibility);
        expect({ as, visibility, threadCount: results.threadCount, postCount: results.postCount }).toEqual({
          as,
          visibility,
          threadCount: seen ? 1 : 0,
          postCount: seen ? 1 : 0,
        });
        expect(results.hits.some((h) => h.node.id === threads[visibility] || h.node.threadId === threads[visibility])).toBe(seen);
      }
    }
  });

  it('lets a member added to a closed group find its content, and nobody else', async () => {
    const before = await search(WORD.GROUP, 'member.pl');
    expect(before.threadCount + before.postCount).toBe(0);
    const added = await app.gql(
      `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`,
      { input: { forumId: forums.GROUP, userIds: [await userIdOf(app, 'member.pl')] } },
      { as: await app.cookieOf('admin') },
    );
    expect(added.errors).toBeUndefined();
    expect(await search(WORD.GROUP, 'member.pl')).toMatchObject({ threadCount: 1, postCount: 1 });
    expect(await search(WORD.GROUP, 'member.lv')).toMatchObject({ threadCount: 0, postCount: 0 });
  });

  it('finds a hidden post only for moderators, and a removed one for nobody', async () => {
    const thread = await makeThread(app, forums.NETWORK, 'member.lv', { title: 'Hidden and removed posts' });
    const hidden = (await reply(app, thread.id, 'member.pl', 'Aardvarkia hidden text')).data!.addPost.id;
    const removed = (await reply(app, thread.id, 'member.pl', 'Aardvarkia removed text')).data!.addPost.id;
    const hide = await app.gql(
      `mutation ($postId: ID!) { moderatePost(postId: $postId, action: HIDE) { id } }`,
      { postId: hidden },
      {
        as: await app.cookieOf('moderator'),
      },
    );
    expect(hide.errors).toBeUndefined();
    const remove = await app.gql(
      `mutation ($id: ID!) { deletePost(id: $id) { id } }`,
      { id: removed },
      { as: await app.cookieOf('member.pl') },
    );
    expect(remove.errors).toBeUndefined();
    expect(ids(await search('aardvarkia', 'moderator'))).toEqual([hidden]);
    for (const as of ['member.pl', 'member.lv'] as const) expect(await search('aardvarkia', as)).toMatchObject({ postCount: 0, hits: [] });
  });

  it('follows an edit, and a purge leaves no word of the post in the index', async () => {
    const thread = await makeThread(app, forums.PUBLIC, 'member.lv', { title: 'Edits and purges' });
    const created = (await reply(app, thread.id, 'member.pl', 'Draft Capybarium wording')).data!.addPost;
    const edit = await app.gql(
      `mutation ($input: EditPostInput!) { editPost(input: $input) { version } }`,
      { input: { id: created.id, version: created.version, source: 'Final Tapirmoor wording' } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(edit.errors).toBeUndefined();
    expect(ids(await search('capybarium', null))).toEqual([]);
    expect(ids(await search('tapirmoor', null))).toEqual([created.id]);
    const purge = await app.gql(
      `mutation ($postId: ID!) { purgePost(postId: $postId, input: { reason: "Victim data" }) { purged } }`,
      {
        postId: created.id,
      },
      { as: await app.cookieOf('moderator') },
    );
    expect(purge.errors).toBeUndefined();
    for (const as of [null, 'moderator'] as const) expect(await search('tapirmoor', as)).toMatchObject({ postCount: 0, hits: [] });
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ lexemes: number }[]>(`select length(search_vector) as lexemes from post where id = ?`, [created.id]);
    expect(row!.lexemes).toBe(0);
    // Nor in the words that forgive typos: a word no post holds any more is gone.
    const kept = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ word: string }[]>(`select word from post_word where word in ('capybarium', 'tapirmoor', 'the')`);
    expect(kept.map((r) => r.word)).toEqual(['the']);
  });

  it("forgives a typo in a post's words, in the forums the viewer may read only", async () => {
    const network = await search(typo(WORD.NETWORK), 'member.pl');
    expect(network.postCount).toBe(1);
    const post = network.hits.find((h) => h.node.__typename === 'PostMatch')!;
    expect(post.node).toMatchObject({ threadId: threads.NETWORK, snippet: `The ${WORD.NETWORK} draft is attached; comments welcome.` });
    expect(await search(typo(WORD.GROUP), 'member.lv')).toMatchObject({ postCount: 0, threadCount: 0 });
    expect((await search(typo(WORD.GROUP), 'admin')).postCount).toBe(1);
    // A typed match wins: close words are not added to what matches as typed.
    const typed = await search(WORD.PUBLIC, null);
    expect(typed.postCount).toBe(1);
  });

  it('names nobody to anonymous visitors: neither in snippets nor through the words of a mention', async () => {
    const expert = await app.gql<{ viewer: { expert: { id: string; fullName: string } } }>(
      `{ viewer { expert { id fullName } } }`,
      {},
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    const { id, fullName } = expert.data!.viewer.expert;
    const thread = await makeThread(app, forums.PUBLIC, 'member.lv', { title: 'Mentions in public' });
    await reply(app, thread.id, 'member.lv', `Ask @[them](expert:${id}) about the Okapistan rota`);
    const anonymous = await search('okapistan', null);
    const post = anonymous.hits.find((h) => h.node.__typename === 'PostMatch')!;
    expect(post.node.snippet).toBe('Ask @a member about the Okapistan rota');
    const member = await search('okapistan', 'member.lv');
    expect(member.hits.find((h) => h.node.__typename === 'PostMatch')!.node.snippet).toContain(fullName);
    const family = fullName.split(' ').at(-1)!;
    expect(ids(await search(`${family} okapistan`, null))).toEqual([]);
  });

  it('counts posts up to the cap, newest first', async () => {
    const thread = await makeThread(app, forums.NETWORK, 'member.lv', { title: 'A busy thread' });
    await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into post (id, thread_id, position, source, html, public_html, body_text, created_at)
         select gen_random_uuid(), ?, n + 1, 'Gnuplan ' || n, '<p>Gnuplan ' || n || '</p>', '<p>Gnuplan ' || n || '</p>',
           'Gnuplan ' || n, now() + n * interval '1 minute'
         from generate_series(1, ?) as n`,
        [thread.id, SEARCH_POST_COUNT_MAX + 5],
      );
    const results = await search('gnuplan', 'member.pl', 3);
    expect(results.postCount).toBe(SEARCH_POST_COUNT_MAX);
    expect(results.hits.map((h) => h.node.snippet)).toEqual([105, 104, 103].map((n) => `Gnuplan ${n}`));
  });

  it('costs one statement for the forums and one for the directory, at 5 and at 50 hits', async () => {
    for (const first of [5, 50]) {
      const statements = await app.countStatements(() => search('shelters', 'member.lv', first));
      expect(statements.filter((s) => s.includes('search_query'))).toHaveLength(2);
      expect(statements.filter((s) => s.includes('post_hit'))).toHaveLength(1);
    }
  });
});
