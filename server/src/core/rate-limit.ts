import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimited } from './errors.js';

interface Budget {
  points: number;
  duration: number;
}

/**
 * Attempts that guess secrets are limited per account and per IP. Every call counts, so twenty aliased
 * signIn fields in one request cost as much as twenty requests. Redis-backed when the servers share one.
 * Sign-in has no per-account budget: a spent one would lock the owner out too (anyone could lock a
 * coordinator out with ten wrong passwords); failed attempts slow the account down instead (SLOW_DOWNS).
 */
const POLICIES: Record<string, { account?: Budget; ip: Budget }> = {
  signIn: { ip: { points: 50, duration: 15 * 60 } },
  totp: { account: { points: 5, duration: 5 * 60 }, ip: { points: 30, duration: 5 * 60 } },
  invitation: { account: { points: 10, duration: 60 * 60 }, ip: { points: 30, duration: 60 * 60 } },
  passwordReset: { account: { points: 5, duration: 60 * 60 }, ip: { points: 30, duration: 60 * 60 } },
  // Any member may propose: a cap per proposer keeps that from becoming a way to probe or flood the queue.
  proposal: { account: { points: 10, duration: 60 * 60 }, ip: { points: 30, duration: 60 * 60 } },
  // A stolen session must not become a way to guess the member's password (changePassword asks for it).
  passwordChange: { account: { points: 5, duration: 15 * 60 }, ip: { points: 30, duration: 15 * 60 } },
} satisfies Record<string, { account?: Budget; ip: Budget }>;

/**
 * Per-account slow-down: the first `free` failures within `window` seconds cost nothing; then each failure
 * makes the account wait 2 s, 4 s, 8 s … (at most the configured maximum) before its next attempt is checked.
 * Guessing gets slow, while the owner with the right password gets in after one short wait.
 */
const SLOW_DOWNS = { signIn: { free: 5, window: 15 * 60 } } as const;

export type LimitedAction = 'signIn' | 'totp' | 'invitation' | 'passwordReset' | 'passwordChange' | 'proposal';
export type SlowedAction = keyof typeof SLOW_DOWNS;

export interface RateLimits {
  /** Counts one attempt; throws RATE_LIMITED with the wait time once a budget is spent. */
  consume(action: LimitedAction, keys: { account?: string | null; ip?: string | null }): Promise<void>;
  /** Throws RATE_LIMITED (with the seconds left) while the account waits after failed attempts. */
  awaitTurn(action: SlowedAction, account: string): Promise<void>;
  /** One failed attempt of the account: may start (or double) its wait. */
  failed(action: SlowedAction, account: string): Promise<void>;
  /** Success (or proof of the mailbox) clears the account's budget and failures. */
  reset(action: LimitedAction, account: string): Promise<void>;
  close(): Promise<void>;
}

function isSlowed(action: LimitedAction): action is SlowedAction {
  return action in SLOW_DOWNS;
}

export interface RateLimitOptions {
  redisUrl: string | null;
  prefix: string;
  /** The longest wait after failed sign-ins, in whole seconds (SIGN_IN_DELAY_MAX_SECONDS). */
  slowDownMaxSeconds?: number;
}

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: true }) : null;
  const limiter = (name: string, budget: Budget): RateLimiterAbstract => {
    const settings = { keyPrefix: `${options.prefix}:limit:${name}`, ...budget };
    return redis ? new RateLimiterRedis({ storeClient: redis, ...settings }) : new RateLimiterMemory(settings);
  };
  const limiters = Object.fromEntries(
    Object.entries(POLICIES).map(([action, policy]) => [
      action,
      { account: policy.account ? limiter(`${action}:account`, policy.account) : null, ip: limiter(`${action}:ip`, policy.ip) },
    ]),
  ) as Record<LimitedAction, { account: RateLimiterAbstract | null; ip: RateLimiterAbstract }>;
  const slowDowns = Object.fromEntries(
    Object.entries(SLOW_DOWNS).map(([action, rule]) => [
      action,
      {
        failures: limiter(`${action}:failures`, { points: 1_000_000, duration: rule.window }),
        // One point: `block` marks the account as waiting for the given seconds.
        wait: limiter(`${action}:wait`, { points: 1, duration: rule.window }),
      },
    ]),
  ) as Record<SlowedAction, { failures: RateLimiterAbstract; wait: RateLimiterAbstract }>;
  const maxWait = Math.max(1, options.slowDownMaxSeconds ?? 60);

  return {
    consume: async (action, keys) => {
      const { account, ip } = limiters[action];
      try {
        await Promise.all([
          keys.account && account ? account.consume(keys.account.toLowerCase()) : null,
          keys.ip ? ip.consume(keys.ip) : null,
        ]);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    awaitTurn: async (action, account) => {
      const waiting = await slowDowns[action].wait.get(account.toLowerCase());
      if (waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0) throw new RateLimited(Math.ceil(waiting.msBeforeNext / 1000));
    },
    failed: async (action, account) => {
      const key = account.toLowerCase();
      const { consumedPoints } = await slowDowns[action].failures.penalty(key, 1);
      const beyond = consumedPoints - SLOW_DOWNS[action].free;
      // Whole seconds: Redis keeps expiries in seconds (a 0 would mean "forever").
      if (beyond > 0) await slowDowns[action].wait.block(key, Math.min(2 ** Math.min(beyond, 20), maxWait));
    },
    reset: async (action, account) => {
      const key = account.toLowerCase();
      await limiters[action].account?.delete(key);
      if (isSlowed(action)) {
        const slowDown = slowDowns[action];
        await Promise.all([slowDown.failures.delete(key), slowDown.wait.delete(key)]);
      }
    },
    close: async () => {
      await redis?.quit();
    },
  };
}
