// pnpm --filter @strom/server db:reset — drops everything, migrates and seeds again. Refuses in production.
import 'reflect-metadata';
import { loadConfig } from '../core/config.js';
import { ENTITIES } from '../app/entities.js';
import { createOrm, migrate } from '../db/orm.js';
import { seedDemo } from '../db/seed/demo-seed.js';
import { upsertReferenceData } from '../db/seed/reference-data.js';

const config = loadConfig();
if (config.env === 'production') {
  console.error('db:reset refuses to run with NODE_ENV=production');
  process.exit(1);
}
const orm = await createOrm(config, { entities: ENTITIES });
await orm.em.fork().getConnection().execute('drop schema public cascade; create schema public;');
await migrate(orm);
await upsertReferenceData(orm.em.fork());
console.log('reset and seeded', await seedDemo(orm.em.fork()));
await orm.close();
