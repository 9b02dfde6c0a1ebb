import { randomUUID } from 'node:crypto';
import type { Em } from '../../db/orm.js';
import type { Viewer } from '../auth.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { RateLimits } from '../rate-limit.js';
import type { Subjects } from '../subjects.js';
import { channelName, type Channel, type Topics } from '../pubsub.js';
import type { Effect, EffectKind, EffectKinds } from './effect.js';

/** An effect stored in the outbox, ready to be handed on once its transaction has committed. */
export interface StoredEffect {
  id: string;
  key: string;
  kind: EffectKind;
  payload: unknown;
}

/** Takes committed effects to the runner. Never throws: the command has committed, and the sweep retries. */
export interface EffectDispatcher {
  dispatch(effects: StoredEffect[]): Promise<void>;
  /**
   * Kinds this dispatcher delivers itself, in this process, straight after the commit (live events: no queue
   * between a commit and the sockets). They are stored already leased for `directLeaseSeconds`, so the sweep
   * leaves them alone unless the process dies before marking them delivered; then the runner delivers them.
   */
  readonly direct?: readonly EffectKind[];
  readonly directLeaseSeconds?: number;
}

/** What a command needs, and nothing of GraphQL or HTTP. */
export interface CommandDeps {
  em: Em;
  actor: Viewer;
  clock: Clock;
  config: Config;
  outbox: EffectDispatcher;
  /** Other features' things as one reader may see them (a notification mail names its thread as the recipient sees it). */
  subjects: Subjects;
}

/** What the transport knows of the caller, for per-IP limits and session records; empty when there is none. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** A command that checks a secret (password, code, token): it counts attempts per account and per IP. */
export interface LimitedCommandDeps extends CommandDeps {
  limits: RateLimits;
  client: ClientInfo;
}

/**
 * One command's transaction: its entity manager, who acts, the moment it runs at, and the effects it records.
 * Recorded effects are stored in the same transaction, so they happen exactly when the command commits.
 */
export class UnitOfWork {
  readonly #effects: (Effect & { id: string })[] = [];

  constructor(
    /** The transaction's entity manager: load here what the command changes. */
    readonly em: Em,
    readonly actor: Viewer,
    /** One instant for the whole command, read from its clock. */
    readonly now: Date,
    readonly config: Config,
    readonly subjects: Subjects,
  ) {}

  /**
   * Records an effect to deliver after the commit. `key` (default: fresh) makes it idempotent across
   * commands too: a second effect with a key already stored is dropped.
   */
  record<K extends EffectKind>(kind: K, payload: EffectKinds[K], key?: string): void {
    const id = randomUUID();
    this.#effects.push({ id, kind, payload, key: key ?? id });
  }

  /** A live event for every process's subscribers, published once the change is visible to them. */
  publish<T extends keyof Topics>(topic: T, payload: Topics[T]): void;
  publish<P>(channel: Channel<P>, payload: P): void;
  publish(ref: string | Channel<unknown>, payload: unknown): void {
    this.record('event', { topic: channelName(ref), payload });
  }

  /** A job on the runner's `queue`, queued after the commit. */
  enqueue(queue: string, data: Record<string, unknown>, key?: string): void {
    this.record('job', { queue, data }, key);
  }

  get effects(): readonly (Effect & { id: string })[] {
    return this.#effects;
  }
}
