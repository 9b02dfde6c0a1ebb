// pnpm --filter @strom/server db:migrate — applies pending migrations (the server also does this at start).
import 'reflect-metadata';
import { loadConfig } from '../core/config.js';
import { ENTITIES } from '../app/entities.js';
import { createOrm, migrate } from '../db/orm.js';

const orm = await createOrm(loadConfig(), { entities: ENTITIES });
console.log(`applied ${await migrate(orm)} migration(s)`);
await orm.close();
