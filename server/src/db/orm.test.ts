import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Country } from '../features/country/country.entity.js';
import { MIGRATIONS } from './migrations/index.js';
import { ENTITIES } from '../app/entities.js';
import { createOrm, migrate } from './orm.js';

describe('the embedded database', () => {
  let folder: string | undefined;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('creates its data folder on first start and keeps data across a restart', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'strom-pglite-'));
    const target = { databaseUrl: null, pgliteDir: path.join(folder, 'data', 'pglite') };

    const first = await createOrm(target, { entities: ENTITIES });
    expect(await migrate(first)).toBe(MIGRATIONS.length);
    await first.em.fork().insert(Country, { code: 'XX', name: 'Testland', cbssMember: false, stromParticipant: false, timeZone: 'UTC' });
    await first.close();

    const second = await createOrm(target, { entities: ENTITIES });
    expect(await migrate(second)).toBe(0);
    expect((await second.em.fork().findOneOrFail(Country, 'XX')).name).toBe('Testland');
    await second.close();
  });
});
