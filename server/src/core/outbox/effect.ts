/**
 * A live event for every process's subscribers: the channel's name (a network-wide topic or one id's channel,
 * `user:<id>`) and its payload; uow.publish checks that they match.
 */
export interface LiveEvent {
  topic: string;
  payload: unknown;
}

/**
 * The kinds of effect a command can record, with their payloads (plain JSON). Features add kinds by
 * declaration merging (features/mail adds `mail`); the app must then register a handler for each.
 */
export interface EffectKinds {
  event: LiveEvent;
  /** A job on the runner's queue `queue`, sent with the effect's key so it is queued once. */
  job: { queue: string; data: Record<string, unknown> };
}

export type EffectKind = keyof EffectKinds;

/** An effect as a command records it; `key` is unique across all effects ever recorded. */
export interface Effect<K extends EffectKind = EffectKind> {
  kind: K;
  payload: EffectKinds[K];
  key: string;
}

/** Delivers one kind of effect; `key` is the effect's idempotency key, for receivers that can deduplicate. */
export type EffectHandlers = { [K in EffectKind]: (payload: EffectKinds[K], key: string) => Promise<void> };
