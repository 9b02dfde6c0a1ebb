import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { ViewerResolver } from '../features/account/account.resolver.js';
import { CountryResolver } from '../features/country/country.resolver.js';
import { ExpertResolver } from '../features/expert/expert.resolver.js';
import { MunicipalityResolver } from '../features/municipality/municipality.resolver.js';
import { NetworkActivityResolver } from '../features/network-activity/network-activity.resolver.js';
import { NetworkStatsResolver } from '../features/network-stats/network-stats.resolver.js';
import { OrganisationResolver } from '../features/organisation/organisation.resolver.js';
import { RoleAssignmentResolver } from '../features/role-assignment/role-assignment.resolver.js';
import { ScopeResolver } from '../features/scope/scope.resolver.js';
import { InvitationAcceptResolver } from '../features/invitation/invitation-accept.resolver.js';
import { InvitationResolver } from '../features/invitation/invitation.resolver.js';
import { PasswordResetResolver } from '../features/account/password-reset.resolver.js';
import { DeleteAccountResolver } from '../features/account/delete-account.resolver.js';
import { MyDataResolver } from '../features/account/my-data.resolver.js';
import { ProfileResolver } from '../features/account/profile.resolver.js';
import { TwoFactorResolver } from '../features/account/two-factor.resolver.js';
import { ViewerCoverageResolver } from '../features/coverage/viewer-coverage.resolver.js';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { MemberResolver } from '../features/member/member.resolver.js';
import { SessionResolver } from '../features/session/session.resolver.js';
import { SearchResolver } from '../features/search/search.resolver.js';
import { FacetsResolver } from '../features/facets/facets.resolver.js';
import { CounterpartResolver } from '../features/counterpart/counterpart.resolver.js';
import { CoverageResolver } from '../features/coverage/coverage.resolver.js';
import { ExportResolver } from '../features/export/export.resolver.js';
import { authChecker } from './auth.js';

export const RESOLVERS = [
  CountryResolver,
  MunicipalityResolver,
  ScopeResolver,
  OrganisationResolver,
  ExpertResolver,
  RoleAssignmentResolver,
  NetworkActivityResolver,
  NetworkStatsResolver,
  ViewerResolver,
  InvitationResolver,
  InvitationAcceptResolver,
  PasswordResetResolver,
  ProfileResolver,
  TwoFactorResolver,
  SessionResolver,
  MyDataResolver,
  DeleteAccountResolver,
  MemberResolver,
  AuditResolver,
  SearchResolver,
  FacetsResolver,
  CounterpartResolver,
  CoverageResolver,
  ExportResolver,
  ViewerCoverageResolver,
] as const;

/**
 * Subscriptions subscribe through the context's EventBus (so Redis or in-memory is chosen per app, not per
 * process), but type-graphql refuses to build subscription fields without a pubSub: this one must never be used.
 */
const UNUSED_PUBSUB = {
  publish: () => {
    throw new Error('publish through context.events');
  },
  subscribe: () => {
    throw new Error('subscribe through context.events');
  },
};

export function buildSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    pubSub: UNUSED_PUBSUB,
    // Unknown-object checks would reject our plain input classes; the shapes are GraphQL-typed already.
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
}
