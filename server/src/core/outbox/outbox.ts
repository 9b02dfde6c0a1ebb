import type { Logger } from 'pino';
import { BACKGROUND_QUERIES, type Orm } from '../../db/orm.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { EffectHandlers, EffectKind } from './effect.js';
import { deliverEffect, type DeliveryOutcome } from './effect-delivery.js';
import type { EffectDispatcher, StoredEffect } from './unit-of-work.js';

/** The runner's queue of effects to deliver; a job carries an effect id and is keyed by it. */
export const DELIVER_QUEUE = 'outbox.deliver';
/** An effect that failed this often is left for a person to look at (its row says so). */
export const MAX_ATTEMPTS = 25;
const SWEEP_BATCH = 500;
/**
 * Live events are published by the committing process itself, straight after the commit; one that fails goes to
 * the runner at once, and if the process dies before marking them, the sweep hands them to the runner once this
 * lease has passed. Receivers de-duplicate (by sequence, position, state or id), so an event that goes out twice
 * (published, then the process died before the mark) shows nothing twice, and one that comes late keeps its place.
 * Jobs are queued on their own queue the same way (one insert keyed by the effect's key: sent again while it waits,
 * it is a no-op, and workers are idempotent): a delivery job that only queues the job would cost the runner a fetch,
 * a claim and two updates more per effect. Mails go through the runner: SMTP may be slow.
 */
const DIRECT_KINDS: readonly EffectKind[] = ['event', 'job'];
export const DIRECT_LEASE_SECONDS = 30;

export interface Outbox extends EffectDispatcher {
  deliver(effectId: string): Promise<DeliveryOutcome>;
  /** Queues every undelivered effect nobody is delivering: what a crash between commit and dispatch left. */
  sweep(): Promise<number>;
}

export interface OutboxOptions {
  orm: Orm;
  runner: JobRunner;
  handlers: EffectHandlers;
  logger: Logger;
  /** Tests: store effects and deliver none, as if the process died after every commit. */
  paused?: boolean;
}

export function createOutbox({ orm, runner, handlers, logger, paused = false }: OutboxOptions): Outbox {
  const queue = (effects: { id: string }[]) =>
    runner.send(
      DELIVER_QUEUE,
      effects.map(({ id }) => ({ key: id, data: { effectId: id } })),
    );
  const background = () => orm.em.fork({ loggerContext: BACKGROUND_QUERIES });
  const markDirectlyDelivered = (ids: string[]) =>
    background().execute(
      `update outbox_effect set delivered_at = now(), locked_until = null, attempts = attempts + 1 where id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
      'run',
      BACKGROUND_QUERIES,
    );
  /** A failed one is let go of and handed to the runner, which retries it with backoff (receivers keep order). */
  const fallBack = async (ids: string[]) => {
    await background().execute(
      `update outbox_effect set locked_until = null, attempts = attempts + 1 where id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
      'run',
      BACKGROUND_QUERIES,
    );
    await queue(ids.map((id) => ({ id })));
  };
  /** Hands one effect to its handler; a failure is logged, and the caller leaves the effect to the runner. */
  const handOver = async (effect: StoredEffect): Promise<boolean> => {
    try {
      await handlers[effect.kind](effect.payload as never, effect.key);
      return true;
    } catch (error) {
      logger.error({ err: error, effectId: effect.id, kind: effect.kind }, 'an effect failed after its commit; the runner retries it');
      return false;
    }
  };
  /** Live events in the order recorded, jobs meanwhile; then marks what went out and hands on what did not. */
  const deliverDirectly = async (effects: StoredEffect[]) => {
    const events = effects.filter((effect) => effect.kind === 'event');
    const others = effects.filter((effect) => effect.kind !== 'event');
    const inOrder = async () => {
      const outcomes: boolean[] = [];
      for (const event of events) outcomes.push(await handOver(event));
      return outcomes;
    };
    const [eventOutcomes, otherOutcomes] = await Promise.all([inOrder(), Promise.all(others.map(handOver))]);
    const handled = [...events, ...others];
    const outcomes = [...eventOutcomes, ...otherOutcomes];
    const delivered = handled.filter((_, i) => outcomes[i]).map((effect) => effect.id);
    const failed = handled.filter((_, i) => !outcomes[i]).map((effect) => effect.id);
    await Promise.all([delivered.length > 0 && markDirectlyDelivered(delivered), failed.length > 0 && fallBack(failed)]);
  };
  return {
    direct: paused ? [] : DIRECT_KINDS,
    directLeaseSeconds: DIRECT_LEASE_SECONDS,
    dispatch: async (effects: StoredEffect[]) => {
      if (paused || effects.length === 0) return;
      const direct = effects.filter((effect) => DIRECT_KINDS.includes(effect.kind));
      const queued = effects.filter((effect) => !DIRECT_KINDS.includes(effect.kind));
      try {
        await Promise.all([direct.length > 0 ? deliverDirectly(direct) : undefined, queued.length > 0 ? queue(queued) : undefined]);
      } catch (error) {
        // The command has committed and must not fail now; the next sweep queues these.
        logger.error({ err: error, effectIds: effects.map((e) => e.id) }, 'effects could not be handed on; the sweep will');
      }
    },
    deliver: (effectId) => deliverEffect(background(), handlers, effectId, logger),
    sweep: async () => {
      if (paused) return 0;
      const owed = await orm.em.fork().execute<{ id: string }[]>(
        `select id from outbox_effect
           where delivered_at is null and attempts < ? and (locked_until is null or locked_until < now())
           order by created_at limit ?`,
        [MAX_ATTEMPTS, SWEEP_BATCH],
        'all',
        BACKGROUND_QUERIES,
      );
      await queue(owed);
      return owed.length;
    },
  };
}
