import type { Logger } from 'pino';
import { BACKGROUND_QUERIES, type Em } from '../../db/orm.js';
import type { EffectHandlers, EffectKind } from './effect.js';

/** How long a delivery in progress holds its effect; one that crashed is retried by the sweep after that. */
const LEASE_SECONDS = 120;

export type DeliveryOutcome = 'delivered' | 'skipped';

interface ClaimedEffect {
  kind: EffectKind;
  payload: never;
  idempotency_key: string;
}

/**
 * Delivers one effect, at most once at a time and never again once delivered: a claim (one UPDATE, so two
 * processes cannot both win) takes a lease, the handler runs outside any transaction (PGlite's one connection
 * stays free, SMTP may be slow), then the effect is marked delivered. A failure lets go of the lease and
 * throws, so the runner retries. A crash between sending and marking sends again: receivers that care
 * deduplicate on the key (the mail table does; SMTP mail carries it as its Message-ID).
 */
export async function deliverEffect(em: Em, handlers: EffectHandlers, id: string, logger: Logger): Promise<DeliveryOutcome> {
  const [claimed] = await em.execute<ClaimedEffect[]>(
    `update outbox_effect set attempts = attempts + 1, locked_until = now() + make_interval(secs => ?)
       where id = ? and delivered_at is null and (locked_until is null or locked_until < now())
       returning kind, payload, idempotency_key`,
    [LEASE_SECONDS, id],
    'all',
    BACKGROUND_QUERIES,
  );
  if (!claimed) return 'skipped';
  // The kind comes from the database: a row written by a newer release may have no handler here.
  const handler: EffectHandlers[EffectKind] | undefined = handlers[claimed.kind];
  try {
    if (!handler) throw new Error(`no handler for effects of kind ${claimed.kind}`);
    await handler(claimed.payload, claimed.idempotency_key);
  } catch (error) {
    // Ids and the kind only: a payload may hold an address or a link.
    logger.error({ err: error, effectId: id, kind: claimed.kind }, 'an effect could not be delivered; it will be retried');
    await em.execute(`update outbox_effect set locked_until = null where id = ?`, [id], 'run', BACKGROUND_QUERIES);
    throw error;
  }
  await em.execute(`update outbox_effect set delivered_at = now(), locked_until = null where id = ?`, [id], 'run', BACKGROUND_QUERIES);
  return 'delivered';
}
