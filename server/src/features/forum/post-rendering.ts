import type { MemberViewer } from '../../core/auth.js';
import { renderMarkdown, type MentionTarget, type QuoteTarget, type ReferenceTarget } from '../../core/content/markdown.js';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { visibleResourceSql } from '../resource/resource.policy.js';
import { seesForum, visibleForumSql, type ForumAccess } from './forum-access.js';
import { membersAsViewers } from './forum-subjects.js';
import { RESOURCE_LINK_LABEL } from './post-resource-links.js';

/** A post's source as stored and shown, with the members and posts it names. */
export interface RenderedPost {
  /** Sanitised HTML for members. */
  html: string;
  /** Sanitised HTML for anonymous readers of PUBLIC forums: mentions of people are plain text. */
  publicHtml: string;
  /** Plain text, for search and excerpts. */
  text: string;
  /** User ids of the members it mentions (mentioned experts without an account notify nobody). */
  mentions: string[];
  /** Ids of the posts it quotes. */
  quotes: string[];
  /** Ids of the library resources it links: each reader sees their titles as that reader may (post-resource-links.ts). */
  resources: string[];
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Renders a post for `forum` as `author` writes it (core/content's markdown pipeline): quotes resolve to posts the
 * author reads, mentions to experts of the directory, resource links to resources the author reads (stored with a
 * neutral label: readers differ in which resources they read, so titles are filled in as each reads). Refused: a mention that does not resolve (someone the author
 * cannot see) and a mention of a member who cannot read this forum (it would reach, or reveal a closed group to,
 * someone outside it).
 */
export async function renderPost(em: Em, author: MemberViewer, forum: ForumAccess, source: string): Promise<RenderedPost> {
  const accounts = new Map<string, string>();
  const rendered = await renderMarkdown(source, {
    field: 'source',
    resolveMentions: async (ids) => {
      const rows = await em.execute<{ id: string; full_name: string; user_id: string | null }[]>(
        `select x.id, x.full_name, u.id as user_id from expert x
           left join app_user u on u.expert_id = x.id and u.deleted_at is null where x.id = any(?::uuid[])`,
        [uuidArray(ids)],
      );
      for (const row of rows) if (row.user_id) accounts.set(row.id, row.user_id);
      return new Map<string, MentionTarget>(rows.map((row) => [row.id, { label: row.full_name }]));
    },
    resolveReferences: async (ids) => {
      const rows = await em.execute<{ id: string; name: string; publicly_listed: boolean }[]>(
        `select id, name, publicly_listed from organisation where id = any(?::uuid[])`,
        [uuidArray(ids)],
      );
      return new Map<string, ReferenceTarget>(rows.map((row) => [row.id, { label: row.name, publiclyListed: row.publicly_listed }]));
    },
    resolveResources: async (ids) => {
      const visible = visibleResourceSql(author);
      const rows = await em.execute<{ id: string }[]>(`select r.id from resource r where r.id = any(?::uuid[]) and ${visible.sql}`, [
        uuidArray(ids),
        ...visible.params,
      ]);
      return new Map(rows.map((row) => [row.id, { label: RESOURCE_LINK_LABEL, publiclyListed: true }]));
    },
    resolveQuotes: async (ids) => {
      const visible = visibleForumSql(author);
      const rows = await em.execute<{ id: string; thread_id: string; name: string | null; public: boolean }[]>(
        `select p.id, p.thread_id, x.full_name as name, f.visibility = 'PUBLIC' as public
           from post p join thread t on t.id = p.thread_id join forum f on f.id = t.forum_id
           left join app_user u on u.id = p.author_id left join expert x on x.id = u.expert_id
          where p.id = any(?::uuid[]) and p.deleted_at is null and p.hidden_at is null and p.purged_at is null and ${visible.sql}`,
        [uuidArray(ids), ...visible.params],
      );
      return new Map<string, QuoteTarget>(
        rows.map((row) => [
          row.id,
          { label: `${row.name ?? 'A member'} wrote`, path: `/t/${row.thread_id}#post-${row.id}`, publiclyListed: row.public },
        ]),
      );
    },
  });
  if (rendered.unresolved.some((link) => link.startsWith('expert:'))) {
    throw BadUserInput.field('source', 'You mention someone who is not in the directory as you see it; remove the mention');
  }
  if (rendered.unresolved.some((link) => link.startsWith('resource:'))) {
    throw BadUserInput.field('source', 'You link a library resource that is not in the library as you see it; remove the link');
  }
  const mentions = [...new Set(rendered.mentions.flatMap((expertId) => accounts.get(expertId) ?? []))];
  const readers = await membersAsViewers(em, mentions);
  if (mentions.some((id) => !readers.some((reader) => reader.userId === id && seesForum(reader, forum)))) {
    throw BadUserInput.field('source', 'You mention someone who cannot read this thread; remove the mention or write to them elsewhere');
  }
  return {
    html: rendered.html,
    publicHtml: rendered.publicHtml,
    text: rendered.text,
    mentions,
    quotes: rendered.quotes,
    resources: rendered.resources,
  };
}
