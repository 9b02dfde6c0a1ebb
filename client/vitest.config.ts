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
    // Files share the worker's modules instead of importing React, Mantine and Apollo afresh each: that import was a
    // third of the suite's time (alone: 180 → 53 s). Each file starts clean all the same: every test's tree is
    // unmounted and storage cleared (src/test/setup.ts), and the suite passes with its files in shuffled order.
    isolate: false,
  },
});
