import react from '@vitejs/plugin-react';
import mantine from 'postcss-preset-mantine';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  css: {
    postcss: { plugins: [mantine()] },
  },
  resolve: {
    // Read @strom/shared from its TypeScript source: no build step for shared during client dev.
    conditions: ['@strom/source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
    },
  },
});
