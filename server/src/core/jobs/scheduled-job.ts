import type { CommandDeps } from '../outbox/unit-of-work.js';

/**
 * Work that runs on a schedule (expiries, digests, reminders): once per occurrence, however many server
 * processes run. `run` gets what a command gets, with no person behind it (the actor is anonymous).
 */
export interface ScheduledJob {
  /** The job's queue name, `<feature>.<job>`: stable, since pg-boss stores schedules by it. */
  name: string;
  /** Five-field cron in UTC. pg-boss sends at most one job per minute per schedule. */
  cron: string;
  run(deps: CommandDeps): Promise<void>;
}
