import { ENTITIES } from './entities.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEffects, type Effects } from './effects.js';
import { createOrm, migrate, type Orm } from '../db/orm.js';
import { createMailer } from '../features/mail/mailer.js';
import { systemClock } from '../core/clock.js';
import { loadConfig } from '../core/config.js';
import { createEventBus } from '../core/pubsub.js';
import type { ScheduledJob } from '../core/jobs/scheduled-job.js';
import type { QueueWorker } from '../core/jobs/queue-worker.js';
import { ANONYMOUS } from '../core/auth.js';
import { runCommand } from '../core/outbox/run-command.js';
import { collectSubjects } from '../core/subjects.js';

const adminUrl = process.env.TEST_DATABASE_URL!;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Every run of the probe leaves a row naming the instance that ran it. */
const probe = (instance: string): ScheduledJob => ({
  name: 'test.probe',
  cron: '* * * * *',
  run: async ({ em }) => void (await em.execute(`insert into schedule_probe (instance) values (?)`, [instance])),
});

/** Each job it works leaves a row naming the instance and the job's data. */
const worker = (instance: string): QueueWorker => ({
  queue: 'test.work',
  run: async (data, { em }) =>
    void (await em.execute(`insert into schedule_probe (instance) values (?)`, [`${instance}:${String(data.n)}`])),
});

interface Instance {
  orm: Orm;
  effects: Effects;
  close(): Promise<void>;
}

/** What one server process runs for jobs: its own ORM (own connections), runner and outbox. */
async function startInstance(url: string, label: string): Promise<Instance> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: url });
  const logger = pino({ level: 'silent' });
  const orm = await createOrm(config, { entities: ENTITIES });
  const events = createEventBus({ redisUrl: null, channelPrefix: label });
  const mailer = createMailer({ smtpUrl: null, from: config.mailFrom, orm, logger, printLinks: false });
  const effects = await startEffects({
    config,
    orm,
    logger,
    clock: systemClock,
    events,
    mailer,
    subjects: collectSubjects([]),
    jobs: [probe(label)],
    workers: [worker(label)],
    cronMonitorIntervalSeconds: 1,
  });
  return {
    orm,
    effects,
    close: async () => {
      await effects.stop();
      await events.close();
      await orm.close();
    },
  };
}

describe('a scheduled job with two server processes on one database', () => {
  const name = `strom_test_${randomBytes(6).toString('hex')}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const instances: Instance[] = [];

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const orm = await createOrm({ databaseUrl: url, pgliteDir: 'memory://' }, { entities: ENTITIES });
    await migrate(orm);
    await orm.em.execute(
      `create table schedule_probe (id serial primary key, instance text not null, ran_at timestamptz not null default now())`,
    );
    await orm.close();
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('runs once per occurrence, in one of them', { timeout: 150_000 }, async () => {
    // A runner started late in a minute catches up that minute's occurrence at once and meets the next one a
    // few seconds later: two honest runs. Start early in a minute, so the watch below sees one occurrence only.
    const second = new Date().getUTCSeconds();
    if (second > 30) await new Promise((resolve) => setTimeout(resolve, (62 - second) * 1000));
    instances.push(await startInstance(url, 'first'), await startInstance(url, 'second'));
    const [first] = instances;
    const runs = () => first!.orm.em.fork().execute<{ instance: string; ran_at: Date }[]>(`select instance, ran_at from schedule_probe`);
    // The next whole minute is the next occurrence: up to 60 s away.
    const deadline = Date.now() + 75_000;
    while ((await runs()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    // Both processes look for due schedules every second: give each several chances to run it again.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const done = await runs();
    expect(done, JSON.stringify(done)).toHaveLength(1);
    expect(['first', 'second']).toContain(done[0]!.instance);
  });

  it('works an enqueued job once, in one of them, even when two commits enqueue the same key', { timeout: 30_000 }, async () => {
    if (instances.length === 0) instances.push(await startInstance(url, 'first'), await startInstance(url, 'second'));
    const [first, second] = instances;
    const enqueue = (instance: Instance, n: number) =>
      runCommand(
        {
          em: instance.orm.em.fork(),
          actor: ANONYMOUS,
          clock: systemClock,
          config: loadConfig({ NODE_ENV: 'test' }),
          outbox: instance.effects.outbox,
          subjects: collectSubjects([]),
        },
        async (uow) => uow.enqueue('test.work', { n }, 'work-once'),
      );
    await enqueue(first!, 1);
    await enqueue(second!, 2);
    const worked = () =>
      first!.orm.em.fork().execute<{ instance: string }[]>(`select instance from schedule_probe where instance like '%:%'`);
    const deadline = Date.now() + 15_000;
    while ((await worked()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const done = await worked();
    expect(done.map((row) => row.instance.split(':')[1])).toEqual(['1']);
  });
});
