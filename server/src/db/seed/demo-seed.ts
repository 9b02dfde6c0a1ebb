import type { Logger } from 'pino';
import { Expert } from '../../features/expert/expert.entity.js';
import { NetworkActivity } from '../../features/network-activity/network-activity.entity.js';
import { OrganisationService } from '../../features/organisation/organisation-service.entity.js';
import { Organisation } from '../../features/organisation/organisation.entity.js';
import { RoleAssignment } from '../../features/role-assignment/role-assignment.entity.js';
import type { Em } from '../orm.js';
import { hashPassword } from '../../features/authentication/password.js';
import { User } from '../../features/user/user.entity.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts } from './demo-accounts.js';
import { demoContactPointAccounts } from './demo-contact-point-accounts.js';
import { demoContacts } from './demo-contacts.js';
import { demoOrganisationContacts, demoServiceContacts } from './demo-organisation-contacts.js';
import { seedDemoForums } from './demo-forums.js';
import { seedDemoCosts } from './demo-costs.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { seedDemoMeetingLive } from './demo-meeting-live.js';
import { seedDemoMeetingOutcomes } from './demo-meeting-outcomes.js';
import { seedDemoProposals } from './demo-proposals.js';
import { seedDemoPathways } from './demo-pathways.js';
import { seedDemoCounterpartRequests } from './demo/counterpart-requests.js';
import { seedDemoGuidelineTracker } from './demo/guideline-tracker.js';
import { seedDemoPrevention } from './demo/prevention.js';
import { seedDemoBaseline } from './demo/baseline.js';
import { demoLastConfirmed } from './demo/freshness.js';
import { generateDemoNetwork, type DemoNetwork } from './demo/index.js';
import { seedDemoLibrary } from './demo/library.js';
import type { DemoScope } from './demo/types.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

/**
 * Writes the fictional demo network (people and organisations invented, places real). Ids derive from
 * the generator's keys, so running it again updates the same rows instead of adding new ones.
 */
export async function seedDemo(em: Em): Promise<{ organisations: number; experts: number }> {
  const network = generateDemoNetwork();
  await em.transactional(async (tx) => {
    await tx.upsertMany(
      Organisation,
      network.organisations.map((o) => ({
        id: stableId(`organisation:${o.key}`),
        name: o.name,
        acronym: o.acronym,
        type: o.type,
        ...scopeColumns(o.scope),
        description: o.description,
        website: o.website,
        ...demoOrganisationContacts(o),
        publiclyListed: o.publiclyListed,
        isDemo: true,
        lastConfirmedAt: demoLastConfirmed(`organisation:${o.key}`),
      })),
    );
    await tx.upsertMany(
      OrganisationService,
      network.organisations.flatMap((o) =>
        o.services.map((s, index) => ({
          id: stableId(`service:${o.key}:${index}`),
          organisation: stableId(`organisation:${o.key}`),
          ...s,
          ...demoServiceContacts(o, s, index),
        })),
      ),
    );
    await tx.upsertMany(
      Expert,
      network.experts.map((e) => ({
        id: stableId(`expert:${e.key}`),
        fullName: e.fullName,
        title: e.title,
        organisation: stableId(`organisation:${e.organisationKey}`),
        country: e.countryCode,
        municipality: e.municipalityName ? municipalityId(e.countryCode, e.municipalityName) : null,
        languages: e.languages,
        bio: e.bio,
        formsOfExploitation: e.formsOfExploitation,
        topics: e.topics,
        availableForConsultation: e.availableForConsultation,
        isDemo: true,
        publishedAt: new Date(),
        lastConfirmedAt: demoLastConfirmed(`expert:${e.key}`),
        ...demoContacts(e),
      })),
    );
    await tx.upsertMany(
      RoleAssignment,
      network.experts.flatMap((e) =>
        e.roles.map((r, index) => ({
          id: stableId(`role:${e.key}:${index}`),
          expert: stableId(`expert:${e.key}`),
          role: r.role,
          ...scopeColumns(r.scope),
          responsibilities: r.responsibilities,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
        })),
      ),
    );
    await tx.upsertMany(
      NetworkActivity,
      network.activity.map((a) => ({
        id: stableId(`activity:${a.key}`),
        kind: a.kind,
        occurredAt: new Date(a.occurredAt),
        organisation: a.organisationKey ? stableId(`organisation:${a.organisationKey}`) : null,
        expert: a.expertKey ? stableId(`expert:${a.expertKey}`) : null,
      })),
    );
    await seedAccounts(tx, network);
    await seedDemoForums(tx);
    await seedDemoMeetings(tx);
    await seedDemoMeetingLive(tx);
    await seedDemoMeetingOutcomes(tx);
    await seedDemoProposals(tx);
    await seedDemoCosts(tx);
    await seedDemoPathways(tx, network);
    await seedDemoCounterpartRequests(tx);
    await seedDemoGuidelineTracker(tx, network);
    await seedDemoLibrary(tx);
    await seedDemoPrevention(tx);
    await seedDemoBaseline(tx);
  });
  em.clear();
  return { organisations: network.organisations.length, experts: network.experts.length };
}

async function seedAccounts(em: Em, network: DemoNetwork): Promise<void> {
  const accounts = [...demoAccounts(network), ...demoContactPointAccounts(network)];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.upsertMany(
    User,
    accounts.map((a) => ({
      id: stableId(`user:${a.email}`),
      email: a.email,
      passwordHash,
      status: a.status,
      networkRole: a.networkRole,
      country: a.expert.countryCode,
      coordinatorOf: a.coordinatorOf,
      expert: stableId(`expert:${a.expert.key}`),
      totpSecret: a.totp ? DEMO_TOTP_SECRET : null,
      totpEnabled: a.totp,
    })),
  );
  for (const account of accounts) {
    for (const key of account.editorOfKeys) {
      await em.execute(`insert into organisation_editor (user_id, organisation_id) values (?, ?) on conflict do nothing`, [
        stableId(`user:${account.email}`),
        stableId(`organisation:${key}`),
      ]);
    }
  }
}

/** At start-up in the demo: fill an empty database, leave a used one alone. */
export async function seedDemoIfEmpty(em: Em, logger: Logger): Promise<void> {
  if ((await em.count(Organisation)) > 0) return;
  const counts = await seedDemo(em);
  logger.info(counts, 'demo data seeded');
}

function scopeColumns(scope: DemoScope) {
  return {
    level: scope.level,
    country: scope.countryCode,
    municipality: scope.countryCode && scope.municipalityName ? municipalityId(scope.countryCode, scope.municipalityName) : null,
  };
}
