import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { Forbidden } from '../../core/errors.js';
import { canAdministerMembers } from '../member/member.policy.js';
import { findAuditEvents } from './audit-events.service.js';
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
    if (!canAdministerMembers(viewer)) throw new Forbidden();
    return findAuditEvents(em, filter ?? {}, page);
  }
}
