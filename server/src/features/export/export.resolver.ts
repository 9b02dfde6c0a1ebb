import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { ExpertFilter } from '../expert/expert.inputs.js';
import { startExpertExport } from './export-ticket.commands.js';
import { ExpertExport } from './export.types.js';

@Resolver()
export class ExportResolver {
  @Authorized()
  @Mutation(() => ExpertExport, {
    description: 'A single-use link (valid 60 s) that streams the expert directory under this filter as CSV; audit-logged',
  })
  startExpertExport(
    @Ctx() ctx: Context,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter?: ExpertFilter | null,
  ): Promise<ExpertExport> {
    return startExpertExport(commandDeps(ctx), filter);
  }
}
