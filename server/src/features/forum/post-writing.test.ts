import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { ADD_POST, makeForum, makeThread } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  // Paused: no effect is delivered and no job runs, so only the mutation's own statements are counted.
  app = await startTestApp({ data: 'demo', pauseEffects: true });
});
afterAll(() => app?.close());

describe('addPost', () => {
  it('writes a reply and its bookkeeping in one statement and answers without reading the thread again', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const as = await app.cookieOf('member.pl');
    const input = { clientId: randomUUID(), threadId: thread.id, source: 'The youth workers in Tartu will run the same session.' };
    let answer: Record<string, any> | null | undefined;
    const statements = await app.countStatements(async () => {
      answer = (await app.gql(ADD_POST, { input }, { as })).data;
    });
    expect(answer?.addPost).toMatchObject({
      position: 2,
      version: 1,
      html: '<p>The youth workers in Tartu will run the same session.</p>',
    });
    // Session; begin; the client id; the thread, locked; the reply; its effects; commit; the answer.
    expect(statements).toHaveLength(8);
    const writes = statements.filter((sql) => /^\s*(with|insert|update|delete)\b/i.test(sql) && !sql.includes('outbox_effect'));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(
      /update thread set post_count[\s\S]*insert into thread_read_state[\s\S]*delete from draft[\s\S]*insert into post/,
    );

    // A retry finds the post by its client id and reads it as any post is read: nothing is written again.
    const retried = await app.countStatements(async () => {
      expect((await app.gql(ADD_POST, { input }, { as })).data?.addPost).toEqual(answer?.addPost);
    });
    expect(retried.filter((sql) => /^\s*(with|insert|update|delete)\b/i.test(sql))).toEqual([]);
  });
});
