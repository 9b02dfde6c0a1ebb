import type { Em } from '../../db/orm.js';
import { UnitOfWork, type CommandDeps, type StoredEffect } from './unit-of-work.js';

/**
 * Runs a command in one transaction. The effects it records are stored in that transaction and handed to
 * the runner after the commit: a rolled-back command has no effects, a crash after the commit loses none.
 */
export async function runCommand<T>(deps: CommandDeps, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  let stored: StoredEffect[] = [];
  const result = await deps.em.transactional(async (em) => {
    const uow = new UnitOfWork(em, deps.actor, deps.clock.now(), deps.config, deps.subjects);
    const value = await work(uow);
    stored = await storeEffects(em, uow);
    return value;
  });
  await deps.outbox.dispatch(stored);
  return result;
}

/** One statement for all of a command's effects; a key stored before (a retried command) is skipped. */
async function storeEffects(em: Em, uow: UnitOfWork): Promise<StoredEffect[]> {
  const { effects } = uow;
  if (effects.length === 0) return [];
  const rows = effects.map(() => '(?, ?, ?::jsonb, ?)').join(', ');
  const values = effects.flatMap((effect) => [effect.id, effect.kind, JSON.stringify(effect.payload), effect.key]);
  const inserted = await em.execute<{ id: string; idempotency_key: string }[]>(
    `insert into outbox_effect (id, kind, payload, idempotency_key) values ${rows}
       on conflict (idempotency_key) do nothing returning id, idempotency_key`,
    values,
  );
  return inserted.map((row) => ({ id: row.id, key: row.idempotency_key }));
}
