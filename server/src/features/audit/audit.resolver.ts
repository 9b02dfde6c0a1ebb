import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { findAuditEvents } from './audit-events.service.js';
import { auditAbilities } from './audit.policy.js';
import { AuditEventConnection, AuditEventNode, AuditFilter } from './audit.types.js';

@Resolver(() => AuditEventNode)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins only)' })
  auditEvents(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
  ): Promise<ConnectionShape<AuditEventNode>> {
    auditAbilities.authorize(viewer, 'read');
    return findAuditEvents(em, filter ?? {}, page);
  }
}
