import type { Logger } from 'pino';
import { BACKGROUND_QUERIES, type Orm } from '../../db/orm.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { EffectHandlers } from './effect.js';
import { deliverEffect, type DeliveryOutcome } from './effect-delivery.js';
import type { EffectDispatcher, StoredEffect } from './unit-of-work.js';

/** The runner's queue of effects to deliver; a job carries an effect id and is keyed by it. */
export const DELIVER_QUEUE = 'outbox.deliver';
/** An effect that failed this often is left for a person to look at (its row says so). */
export const MAX_ATTEMPTS = 25;
const SWEEP_BATCH = 500;

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
  return {
    dispatch: async (effects: StoredEffect[]) => {
      if (paused || effects.length === 0) return;
      try {
        await queue(effects);
      } catch (error) {
        // The command has committed and must not fail now; the next sweep queues these.
        logger.error({ err: error, effectIds: effects.map((e) => e.id) }, 'effects could not be queued; the sweep will');
      }
    },
    deliver: (effectId) => deliverEffect(orm.em.fork({ loggerContext: BACKGROUND_QUERIES }), handlers, effectId, logger),
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
