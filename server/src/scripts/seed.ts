// pnpm --filter @strom/server db:seed — reference data and the demo network (idempotent).
import 'reflect-metadata';
import { loadConfig } from '../core/config.js';
import { ENTITIES } from '../app/entities.js';
import { createOrm, migrate } from '../db/orm.js';
import { seedDemo } from '../db/seed/demo-seed.js';
import { upsertReferenceData } from '../db/seed/reference-data.js';

const orm = await createOrm(loadConfig(), { entities: ENTITIES });
await migrate(orm);
await upsertReferenceData(orm.em.fork());
console.log('seeded', await seedDemo(orm.em.fork()));
await orm.close();
