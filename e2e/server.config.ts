// Overridable, so two runs on one machine (shards, parallel work trees) do not collide.
export const PORT = Number(process.env.E2E_PORT ?? 4310);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
