import type { Dataset } from './dataset.js';
import { Prng } from './prng.js';
import type { TableRows } from './tables.js';

/** S9's thread: one NETWORK forum, one thread of `POSTS` posts by `AUTHORS` members, with reactions and the viewer's read position. */
export const POSTS = 50;
const AUTHORS = 12;
const READ_UP_TO = 30;
const KINDS = ['AGREE', 'THANKS', 'USEFUL'] as const;

export interface ForumThread {
  forumId: string;
  threadId: string;
  tables: TableRows[];
}

const SENTENCES = [
  'In Rīga the municipal contact point calls the shelter first and the police only with the person’s consent.',
  'We refer presumed victims of labour exploitation to the state programme within 48 hours of the first interview.',
  'Our prevention campaign in Tartu reached vocational schools through the youth workers, not through posters.',
  'The reflection period starts on the day of identification, not on the day the residence permit is applied for.',
  'Please share the template you use for the joint risk assessment with the labour inspectorate.',
  'Interpreters are booked through the regional pool; the municipality covers the first ten hours.',
  'A case conference with the social services, the NGO and the employer’s liaison worked well for us.',
  'The national coordinator can confirm whether the NRM referral form was updated this year.',
];

/**
 * Deterministic from the seed and the loaded dataset: authors are new accounts of existing experts (not those
 * of the bench's own members), the viewer is the bench's first member.
 */
export function generateForumThread(seed: number, dataset: Dataset): ForumThread {
  const prng = new Prng(seed + 9);
  const viewer = dataset.accounts[0];
  if (!viewer) throw new Error('the dataset has no member account');
  const taken = new Set(dataset.accounts.map((a) => a.expertId));
  // From the end of the list: S5 and S10 give accounts to the first experts without one (meeting-room.ts), and
  // a run of S5 then S9 on one database met the unique expert of an account.
  const experts = dataset.experts.filter((e) => !taken.has(e.id)).slice(-AUTHORS);
  const authors = experts.map((expert, i) => ({
    userId: prng.uuid(),
    expertId: expert.id,
    email: `bench-author-${i + 1}@example.org`,
    countryCode: expert.countryCode,
  }));
  const forumId = prng.uuid();
  const threadId = prng.uuid();
  const start = Date.UTC(2026, 10, 2, 8, 0, 0);
  const posts = Array.from({ length: POSTS }, (_, i) => {
    const text = Array.from({ length: prng.int(2, 4) }, () => prng.pick(SENTENCES)).join(' ');
    return {
      id: prng.uuid(),
      position: i + 1,
      authorId: (i === 0 ? authors[0] : prng.pick(authors))!.userId,
      text,
      html: `<p>${text.replaceAll('’', '&#x2019;')}</p>`,
      createdAt: new Date(start + i * 7 * 60_000).toISOString(),
    };
  });
  const reactors = [...authors.map((a) => a.userId), viewer.userId];
  const reactions = posts.flatMap((post) =>
    reactors.flatMap((userId) => KINDS.filter(() => prng.chance(0.12)).map((kind) => [post.id, userId, kind])),
  );
  const last = posts.at(-1)!;
  return {
    forumId,
    threadId,
    tables: [
      {
        table: 'app_user',
        columns: ['id', 'email', 'status', 'network_role', 'country_code', 'expert_id'],
        rows: authors.map((a) => [a.userId, a.email, 'ACTIVE', 'MEMBER', a.countryCode, a.expertId]),
      },
      {
        table: 'forum',
        columns: ['id', 'slug', 'title', 'description', 'level', 'visibility'],
        rows: [
          [
            forumId,
            'bench-referral',
            'Referral mechanisms across the BSR',
            'How each country refers presumed victims',
            'REGIONAL',
            'NETWORK',
          ],
        ],
      },
      {
        table: 'thread',
        columns: ['id', 'forum_id', 'title', 'tags', 'author_id', 'created_at', 'last_post_at', 'post_count'],
        rows: [
          [
            threadId,
            forumId,
            'Referring a case of labour exploitation across a border',
            ['referral', 'labour'],
            posts[0]!.authorId,
            posts[0]!.createdAt,
            last.createdAt,
            POSTS,
          ],
        ],
      },
      {
        table: 'post',
        columns: ['id', 'thread_id', 'position', 'author_id', 'source', 'html', 'public_html', 'body_text', 'created_at'],
        rows: posts.map((p) => [p.id, threadId, p.position, p.authorId, p.text, p.html, p.html, p.text, p.createdAt]),
      },
      { table: 'post_reaction', columns: ['post_id', 'user_id', 'kind'], rows: reactions },
      {
        table: 'thread_read_state',
        columns: ['user_id', 'thread_id', 'last_read_position', 'updated_at'],
        rows: [[viewer.userId, threadId, READ_UP_TO, posts[READ_UP_TO - 1]!.createdAt]],
      },
    ],
  };
}

/** S10's thread: in a PUBLIC forum (its 300 live readers need no accounts), opened by the bench's first member. */
export function generateLiveThread(seed: number, dataset: Dataset): ForumThread {
  const prng = new Prng(seed + 10);
  const author = dataset.accounts[0];
  if (!author) throw new Error('the dataset has no member account');
  const forumId = prng.uuid();
  const threadId = prng.uuid();
  const text = SENTENCES[0]!;
  const at = new Date(Date.UTC(2026, 10, 3, 9, 0, 0)).toISOString();
  return {
    forumId,
    threadId,
    tables: [
      {
        table: 'forum',
        columns: ['id', 'slug', 'title', 'description', 'level', 'visibility'],
        rows: [[forumId, 'bench-live', 'Prevention campaigns', 'What worked where', 'REGIONAL', 'PUBLIC']],
      },
      {
        table: 'thread',
        columns: ['id', 'forum_id', 'title', 'tags', 'author_id', 'created_at', 'last_post_at', 'post_count'],
        rows: [[threadId, forumId, 'Campaigns in vocational schools', [], author.userId, at, at, 1]],
      },
      {
        table: 'post',
        columns: ['id', 'thread_id', 'position', 'author_id', 'source', 'html', 'public_html', 'body_text', 'created_at'],
        rows: [[prng.uuid(), threadId, 1, author.userId, text, `<p>${text}</p>`, `<p>${text}</p>`, text, at]],
      },
    ],
  };
}
