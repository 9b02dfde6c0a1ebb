import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimited } from './errors.js';

/**
 * Attempts that guess secrets are limited per account and per IP. Every call counts, so twenty aliased
 * signIn fields in one request cost as much as twenty requests. Redis-backed when the servers share one.
 */
const POLICIES = {
  signIn: { account: { points: 10, duration: 15 * 60 }, ip: { points: 50, duration: 15 * 60 } },
  totp: { account: { points: 5, duration: 5 * 60 }, ip: { points: 30, duration: 5 * 60 } },
  invitation: { account: { points: 10, duration: 60 * 60 }, ip: { points: 30, duration: 60 * 60 } },
  passwordReset: { account: { points: 5, duration: 60 * 60 }, ip: { points: 30, duration: 60 * 60 } },
  // A stolen session must not become a way to guess the member's password (changePassword asks for it).
  passwordChange: { account: { points: 5, duration: 15 * 60 }, ip: { points: 30, duration: 15 * 60 } },
} as const;

export type LimitedAction = keyof typeof POLICIES;

export interface RateLimits {
  /** Counts one attempt; throws RATE_LIMITED with the wait time once a budget is spent. */
  consume(action: LimitedAction, keys: { account?: string | null; ip?: string | null }): Promise<void>;
  /** A successful sign-in clears the account's failed attempts. */
  reset(action: LimitedAction, account: string): Promise<void>;
  close(): Promise<void>;
}

export function createRateLimits(options: { redisUrl: string | null; prefix: string }): RateLimits {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: true }) : null;
  const limiter = (name: string, budget: { points: number; duration: number }): RateLimiterAbstract => {
    const settings = { keyPrefix: `${options.prefix}:limit:${name}`, ...budget };
    return redis ? new RateLimiterRedis({ storeClient: redis, ...settings }) : new RateLimiterMemory(settings);
  };
  const limiters = Object.fromEntries(
    Object.entries(POLICIES).map(([action, policy]) => [
      action,
      { account: limiter(`${action}:account`, policy.account), ip: limiter(`${action}:ip`, policy.ip) },
    ]),
  ) as Record<LimitedAction, { account: RateLimiterAbstract; ip: RateLimiterAbstract }>;

  return {
    consume: async (action, keys) => {
      try {
        await Promise.all([
          keys.account ? limiters[action].account.consume(keys.account.toLowerCase()) : null,
          keys.ip ? limiters[action].ip.consume(keys.ip) : null,
        ]);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    reset: async (action, account) => {
      await limiters[action].account.delete(account.toLowerCase());
    },
    close: async () => {
      await redis?.quit();
    },
  };
}
