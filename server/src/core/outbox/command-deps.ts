import type { Context } from '../context.js';
import type { CommandDeps, LimitedCommandDeps } from './unit-of-work.js';

/** A command's dependencies, taken from a GraphQL operation's context (the command itself never sees it). */
export function commandDeps(ctx: Context): CommandDeps {
  const { clock, config, outbox, subjects } = ctx.services;
  return { em: ctx.em, actor: ctx.viewer, clock, config, outbox, subjects };
}

/** The same, plus the rate limits and what the transport knows of the caller (never its cookies). */
export function limitedCommandDeps(ctx: Context): LimitedCommandDeps {
  return { ...commandDeps(ctx), limits: ctx.services.limits, client: { ip: ctx.request.ip, userAgent: ctx.request.userAgent } };
}
