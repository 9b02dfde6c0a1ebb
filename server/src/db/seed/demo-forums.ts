import { renderMarkdown } from '../../core/content/markdown.js';
import type { Em } from '../orm.js';
import { NATIONAL_FORUMS, nationalForumKey, nationalThreads } from './demo/forum-national-threads.js';
import { GROUP_THREADS, REGIONAL_THREADS, type DemoAuthor, type DemoThread } from './demo/forum-threads.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

interface DemoForum {
  key: string;
  title: string;
  description: string;
  level: 'REGIONAL' | 'NATIONAL' | 'LOCAL';
  countryCode: string | null;
  municipality: string | null;
  visibility: 'PUBLIC' | 'NETWORK' | 'SCOPE' | 'GROUP';
  moderators: DemoAuthor[];
  members: DemoAuthor[];
}

const FORUMS: DemoForum[] = [
  {
    key: 'referral-mechanisms-bsr',
    title: 'Referral mechanisms across the BSR',
    description: 'How each country and municipality refers presumed victims, and how cases cross borders.',
    level: 'REGIONAL',
    countryCode: null,
    municipality: null,
    visibility: 'PUBLIC',
    moderators: ['coordinator.lt'],
    members: [],
  },
  {
    key: 'prevention-practice',
    title: 'Prevention practice exchange',
    description: 'Campaigns, school programmes and work with employers: what worked, with what reach.',
    level: 'REGIONAL',
    countryCode: null,
    municipality: null,
    visibility: 'NETWORK',
    moderators: [],
    members: [],
  },
  ...NATIONAL_FORUMS.map(({ countryCode, country }): DemoForum => ({
    key: nationalForumKey(countryCode),
    title: `${country}: national exchange`,
    description: `For members working in ${country}: national procedures, contacts and training.`,
    level: 'NATIONAL',
    countryCode,
    municipality: null,
    visibility: 'SCOPE',
    moderators: [],
    members: [],
  })),
  {
    key: 'riga-jelgava-liepaja-referral',
    title: 'Joint referral procedure: Riga, Jelgava and Liepāja',
    description: 'Closed working group of three municipalities preparing a shared referral procedure.',
    level: 'LOCAL',
    countryCode: 'LV',
    municipality: 'Riga',
    visibility: 'GROUP',
    moderators: ['coordinator.lv'],
    members: ['coordinator.lv', 'member.lv'],
  },
];

const userId = (author: DemoAuthor) => stableId(`user:${author}@demo.strom.invalid`);
const forumId = (key: string) => stableId(`forum:${key}`);
const BASE = Date.UTC(2026, 9, 1, 8);
const HOUR = 3_600_000;

/** The demo forums, their threads, posts and reactions, with ids from stable keys: seeding again changes nothing. */
export async function seedDemoForums(em: Em): Promise<void> {
  for (const forum of FORUMS) {
    await em.execute(
      `insert into forum (id, slug, title, description, level, country_code, municipality_id, visibility, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (id) do update set title = excluded.title, description = excluded.description, visibility = excluded.visibility`,
      [
        forumId(forum.key),
        forum.key,
        forum.title,
        forum.description,
        forum.level,
        forum.countryCode,
        forum.municipality && forum.countryCode ? municipalityId(forum.countryCode, forum.municipality) : null,
        forum.visibility,
        new Date(BASE),
      ],
    );
    for (const [table, people] of [
      ['forum_moderator', forum.moderators],
      ['forum_member', forum.members],
    ] as const) {
      for (const person of people) {
        await em.execute(`insert into ${table} (forum_id, user_id) values (?, ?) on conflict do nothing`, [
          forumId(forum.key),
          userId(person),
        ]);
      }
    }
  }
  const threads = [...REGIONAL_THREADS, ...GROUP_THREADS, ...nationalThreads()];
  for (const [index, thread] of threads.entries()) await seedThread(em, thread, BASE + index * 19 * HOUR);
}

async function seedThread(em: Em, thread: DemoThread, startedAt: number): Promise<void> {
  const id = stableId(`thread:${thread.key}`);
  const postId = (index: number) => stableId(`post:${thread.key}:${index}`);
  const at = (index: number) => new Date(startedAt + index * 3 * HOUR);
  await em.execute(
    `insert into thread (id, forum_id, title, tags, pinned, author_id, created_at, last_post_at, post_count)
       values (?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
       on conflict (id) do update set title = excluded.title, tags = excluded.tags, pinned = excluded.pinned`,
    [
      id,
      forumId(thread.forum),
      thread.title,
      `{${thread.tags.join(',')}}`,
      thread.pinned ?? false,
      userId(thread.posts[0]!.by),
      at(0),
      at(thread.posts.length - 1),
      thread.posts.length,
    ],
  );
  for (const [index, post] of thread.posts.entries()) {
    const rendered = await renderMarkdown(post.text, { field: 'source' });
    await em.execute(
      `insert into post (id, thread_id, position, author_id, source, html, public_html, body_text, reply_to_id, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (id) do update set source = excluded.source, html = excluded.html, public_html = excluded.public_html, body_text = excluded.body_text`,
      [
        postId(index),
        id,
        index + 1,
        userId(post.by),
        post.text,
        rendered.html,
        rendered.publicHtml,
        rendered.text,
        post.replyTo === undefined ? null : postId(post.replyTo),
        at(index),
      ],
    );
    for (const reaction of post.reactions ?? []) {
      await em.execute(`insert into post_reaction (post_id, user_id, kind, created_at) values (?, ?, ?, ?) on conflict do nothing`, [
        postId(index),
        userId(reaction.by),
        reaction.kind,
        at(index + 1),
      ]);
    }
  }
  if (thread.solved !== undefined) await em.execute(`update thread set solved_post_id = ? where id = ?`, [postId(thread.solved), id]);
}
