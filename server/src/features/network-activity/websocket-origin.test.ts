import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';

const FEED = `subscription { networkActivity { node { id } } }`;

describe('WebSocket origins in development', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'development' } });
  });
  afterAll(() => app?.close());

  it('refuses any other local port: another local web page must not open a socket with your cookie', async () => {
    await expect(subscribe(app.url, FEED, { origin: 'http://localhost:8080' })).rejects.toBeDefined();
    await expect(subscribe(app.url, FEED, { origin: 'http://127.0.0.1:3000' })).rejects.toBeDefined();
  });

  it('accepts the Vite dev server of pnpm dev, and the public URL', async () => {
    for (const origin of ['http://localhost:5173', new URL(app.config.publicUrl).origin]) {
      const feed = await subscribe(app.url, FEED, { origin });
      try {
        const state = await Promise.race([
          feed.closed.then(() => 'closed'),
          new Promise((resolve) => setTimeout(() => resolve('open'), 300)),
        ]);
        expect(state).toBe('open');
      } finally {
        await feed.close();
      }
    }
  });
});
