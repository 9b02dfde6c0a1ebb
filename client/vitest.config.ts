import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // As in vite.config.ts: test against @strom/shared's TypeScript source, not a stale build.
    conditions: ['@strom/source', ...defaultClientConditions],
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Rendering with happy-dom on a loaded 2-core CI machine can take seconds; 5 s timed out there.
    testTimeout: 20_000,
  },
});
