import type { Em } from '../../db/orm.js';
import { UnitOfWork, type CommandDeps, type EffectDispatcher, type StoredEffect } from './unit-of-work.js';

/**
 * Runs a command in one transaction. The effects it records are stored in that transaction and handed to
 * the runner after the commit: a rolled-back command has no effects, a crash after the commit loses none.
 */
export async function runCommand<T>(deps: CommandDeps, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  let stored: StoredEffect[] = [];
  const result = await deps.em.transactional(async (em) => {
    const uow = new UnitOfWork(em, deps.actor, deps.clock.now(), deps.config, deps.subjects);
    const value = await work(uow);
    stored = await storeEffects(em, uow, deps.outbox);
    return value;
  });
  await deps.outbox.dispatch(stored);
  return result;
}

/**
 * One statement for all of a command's effects; a key stored before (a retried command) is skipped. Kinds the
 * dispatcher delivers itself are stored leased to this process (see EffectDispatcher.direct).
 */
async function storeEffects(em: Em, uow: UnitOfWork, dispatcher: EffectDispatcher): Promise<StoredEffect[]> {
  const { effects } = uow;
  if (effects.length === 0) return [];
  const direct = new Set(dispatcher.direct ?? []);
  // The database's clock, as the sweep and deliveries compare leases with it.
  const rows = effects.map(() => `(?, ?, ?::jsonb, ?, case when ?::boolean then now() + make_interval(secs => ?) end)`).join(', ');
  const lease = dispatcher.directLeaseSeconds ?? 0;
  const values = effects.flatMap((effect) => [
    effect.id,
    effect.kind,
    JSON.stringify(effect.payload),
    effect.key,
    direct.has(effect.kind),
    lease,
  ]);
  const inserted = await em.execute<{ id: string }[]>(
    `insert into outbox_effect (id, kind, payload, idempotency_key, locked_until) values ${rows}
       on conflict (idempotency_key) do nothing returning id`,
    values,
  );
  const kept = new Set(inserted.map((row) => row.id));
  // In the order recorded: live events go out in the order the command published them.
  return effects.filter((effect) => kept.has(effect.id)).map(({ id, key, kind, payload }) => ({ id, key, kind, payload }));
}
