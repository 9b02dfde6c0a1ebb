import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { DataloaderType, DefaultLogger, MikroORM, type LogContext, type LoggerOptions, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/sql';
import type { Logger } from 'pino';
import type { EntityClass } from '@mikro-orm/core';
import { MIGRATIONS } from './migrations/index.js';
import { prepareStatementsOn } from './pglite-prepared-statements.js';
import { PreparingClient } from './prepared-statements.js';

/** PostgreSQL and PGlite share the SQL driver API; code sees only that. */
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager<AbstractSqlDriver>>;
export type Em = Orm['em'];

export interface DatabaseTarget {
  /** PostgreSQL connection URL; null selects the embedded PGlite. */
  databaseUrl: string | null;
  /** PGlite data folder, or `memory://` for a throwaway database. */
  pgliteDir: string;
  /** A migrated PGlite data dump to start from (tests restore it instead of migrating again). */
  pgliteSnapshot?: Blob | File;
}

export interface OrmOptions {
  /** The mapped entities (app/entities.ts collects them from the feature manifests). */
  entities: readonly EntityClass<object>[];
  logger?: Logger;
  /** Called with every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

/** Logger context of background work (job runner, outbox): not a request's statements, so tests do not count them. */
export const BACKGROUND_QUERIES = { enabled: false };

/** Hands each executed statement to `onQuery` (tests count them); the ORM logs nothing else on its own. */
class StatementLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly onQuery?: (sql: string) => void,
  ) {
    super(options);
  }

  override log(): void {}

  override logQuery(context: LogContext): void {
    if (context.query && context.enabled !== false) this.onQuery?.(context.query);
  }
}

export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm, unaccent };

export async function createOrm(target: DatabaseTarget, options: OrmOptions): Promise<Orm> {
  const common = {
    entities: [...options.entities],
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false },
    dataloader: DataloaderType.ALL,
    // A forgotten fork must fail loudly rather than share one identity map across requests.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.onQuery ? ['query'] : false,
    loggerFactory: (loggerOptions: LoggerOptions) => new StatementLogger(loggerOptions, options.onQuery),
  } satisfies Partial<Options>;
  if (target.databaseUrl) {
    return (await MikroORM.init({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: target.databaseUrl,
      pool: { min: 0, max: 10 },
      // Names the statements declared with prepared() (prepared-statements.ts).
      driverOptions: { Client: PreparingClient },
    })) as unknown as Orm;
  }
  const pglite = await openPglite(target);
  prepareStatementsOn(pglite);
  const orm = (await MikroORM.init({ ...common, driver: PgliteDriver, dbName: 'strom', driverOptions: { pglite } })) as unknown as Orm;
  // We created the PGlite instance, so we close it once the ORM is done with it.
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    await close(force);
    await pglite.close();
  };
  return orm;
}

export async function openPglite(target: Pick<DatabaseTarget, 'pgliteDir' | 'pgliteSnapshot'>): Promise<PGlite> {
  const options: PGliteOptions = { extensions: PGLITE_EXTENSIONS };
  if (target.pgliteSnapshot) return PGlite.create({ ...options, loadDataDir: target.pgliteSnapshot });
  // PGlite creates only the last folder of the path; a fresh clone has neither data/ nor data/pglite.
  if (!target.pgliteDir.includes('://')) await mkdir(path.dirname(path.resolve(target.pgliteDir)), { recursive: true });
  return PGlite.create({ ...options, dataDir: target.pgliteDir });
}

export async function migrate(orm: Orm): Promise<number> {
  const applied = await orm.migrator.up();
  return applied.length;
}
