import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DemoAccountName, TestApp } from '../../test/harness.js';

export const CREATE_FORUM = /* GraphQL */ `
  mutation ($input: CreateForumInput!) {
    createForum(input: $input) {
      id
      slug
      visibility
      version
    }
  }
`;
export const CREATE_THREAD = /* GraphQL */ `
  mutation ($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
      tags
      postCount
      forumId
    }
  }
`;
export const ADD_POST = /* GraphQL */ `
  mutation ($input: AddPostInput!) {
    addPost(input: $input) {
      id
      position
      version
      html
    }
  }
`;
export const THREAD_PAGE = /* GraphQL */ `
  query ($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      id
      title
      postCount
      unreadCount
      firstUnreadCursor
      watchLevel
      draft {
        source
      }
      viewerCan {
        reply
        moderate
        markSolved
      }
      forum {
        id
        slug
      }
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            position
            html
            removed
            hidden
            edited
            version
            author {
              name
              expertId
              former
              suspended
            }
            replyTo {
              id
              position
            }
            reactions {
              kind
              count
              mine
            }
            viewerCan {
              edit
              react
              moderate
            }
          }
        }
      }
    }
  }
`;

let slugs = 0;

/** A forum made by the admin (two-factor on in the demo data), with any overrides. */
export async function makeForum(app: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const result = await app.gql<{ createForum: { id: string; slug: string } }>(
    CREATE_FORUM,
    {
      input: {
        id: randomUUID(),
        slug: `test-forum-${Date.now()}-${slugs++}`,
        title: 'Test forum',
        level: 'REGIONAL',
        visibility: 'NETWORK',
        ...overrides,
      },
    },
    { as: await app.cookieOf('admin') },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createForum;
}

export async function makeThread(
  app: TestApp,
  forumId: string,
  as: DemoAccountName = 'member.lv',
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; postCount: number }> {
  const result = await app.gql<{ createThread: { id: string; postCount: number } }>(
    CREATE_THREAD,
    {
      input: {
        clientId: randomUUID(),
        forumId,
        title: 'Referral of a labour exploitation case',
        source: 'How do you refer?',
        tags: [],
        ...overrides,
      },
    },
    { as: await app.cookieOf(as) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createThread;
}

export async function reply(app: TestApp, threadId: string, as: DemoAccountName = 'member.lv', source = 'A reply') {
  return app.gql<{ addPost: { id: string; position: number; version: number } }>(
    ADD_POST,
    { input: { clientId: randomUUID(), threadId, source } },
    { as: await app.cookieOf(as) },
  );
}

export async function userIdOf(app: TestApp, name: DemoAccountName): Promise<string> {
  const result = await app.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, { as: await app.cookieOf(name) });
  return result.data!.viewer.id;
}

/** Rows of a table, for "nothing half-written" checks. */
export async function countRows(
  app: TestApp,
  table: 'thread' | 'post' | 'post_reaction' | 'post_revision',
  where = 'true',
): Promise<number> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${table} where ${where}`);
  return row!.n;
}

/** Waits until the forum's notices have been written and their own effects (live events, mails) delivered. */
export async function settleNotices(app: TestApp, timeoutMs = 20_000): Promise<void> {
  await app.drainEffects(timeoutMs);
}
