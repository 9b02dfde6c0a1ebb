import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeForum, makeThread, reply } from './forum.test-support.js';

let app: TestApp;
let forumId: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  forumId = (await makeForum(app, { visibility: 'PUBLIC' })).id;
});
afterAll(() => app?.close());

const FLAG = `mutation ($postId: ID!) { flagPost(postId: $postId, reason: "Looks like an advert") { id } }`;
const DISMISS = `mutation ($postId: ID!, $reason: String) { dismissFlags(postId: $postId, input: { reason: $reason }) { id hidden } }`;
const QUEUE = `{ moderationQueue { postId } }`;
type Queue = { moderationQueue: { postId: string }[] };

async function rows(sql: string, params: unknown[]): Promise<unknown[]> {
  return app.orm.em.fork().getConnection().execute(sql, params);
}

describe('dismissFlags', () => {
  it("takes a post out of the queue without hiding it: the forum's moderators only, with a reason, audited", async () => {
    const postId = (await reply(app, (await makeThread(app, forumId)).id, 'member.pl', 'Our new leaflet for employers')).data!.addPost.id;
    await app.gql(FLAG, { postId }, { as: await app.cookieOf('member.lv') });
    const moderator = await app.cookieOf('moderator');

    const member = await app.gql(DISMISS, { postId, reason: 'Fine' }, { as: await app.cookieOf('member.lv') });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await app.gql(DISMISS, { postId, reason: '  ' }, { as: moderator });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.reason' }] });
    expect((await app.gql<Queue>(QUEUE, {}, { as: moderator })).data!.moderationQueue.map((i) => i.postId)).toContain(postId);

    const dismissed = await app.gql(DISMISS, { postId, reason: 'A public leaflet, on topic' }, { as: moderator });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.dismissFlags).toEqual({ id: postId, hidden: false });
    expect((await app.gql<Queue>(QUEUE, {}, { as: moderator })).data!.moderationQueue.map((i) => i.postId)).not.toContain(postId);
    expect(await rows(`select status from post_flag where post_id = ?`, [postId])).toEqual([{ status: 'DISMISSED' }]);
    const audited = await rows(`select details from audit_event where subject_id = ? and action = 'POST_MODERATED'`, [postId]);
    expect(audited).toEqual([{ details: { moderation: 'DISMISS', reason: 'A public leaflet, on topic', count: 1 } }]);
  });
});
