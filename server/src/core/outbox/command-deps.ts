import type { Context } from '../context.js';
import type { CommandDeps } from './unit-of-work.js';

/** A command's dependencies, taken from a GraphQL operation's context (the command itself never sees it). */
export function commandDeps(ctx: Context): CommandDeps {
  return { em: ctx.em, actor: ctx.viewer, clock: ctx.services.clock, config: ctx.services.config, outbox: ctx.services.outbox };
}
