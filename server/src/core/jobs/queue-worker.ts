import type { CommandDeps } from '../outbox/unit-of-work.js';

/**
 * Work a command hands on with `uow.enqueue(queue, data, key)` (fan-out to watchers, digests of one member):
 * it runs after the command commits, in any process, at least once, so `run` must be idempotent.
 * `run` gets what a command gets, with no person behind it (the actor is anonymous).
 */
export interface QueueWorker {
  /** The queue's name, `<feature>.<work>`. */
  queue: string;
  /** Jobs of this queue run at the same time in one process (default 1). */
  concurrency?: number;
  run(data: Record<string, unknown>, deps: CommandDeps): Promise<void>;
}
