import { BadUserInput, Conflict } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { notify } from '../notification/notify.js';
import { lockedOrganisation, signedIn, subjectOf } from './organisation-creation.commands.js';
import type { CloseOrganisationInput, MergeOrganisationInput } from './organisation-lifecycle.inputs.js';
import type { Organisation } from './organisation.entity.js';
import { organisationAbilities } from './organisation.policy.js';

/**
 * Merging keeps both rows: the merged one points to the one that carries on, so profiles, pathways and history
 * still name it. Its people are told, and asked to move their profile.
 */
export async function mergeOrganisation(deps: CommandDeps, input: MergeOrganisationInput): Promise<Organisation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await lockedOrganisation(em, input.id, 'input.id');
    organisationAbilities.authorize(member, 'merge', organisation);
    const into = await lockedOrganisation(em, input.intoId, 'input.intoId');
    if (into.id === organisation.id) throw BadUserInput.field('input.intoId', 'Choose another organisation to merge into');
    organisationAbilities.authorize(member, 'edit', into);
    if (into.status !== 'ACTIVE') throw BadUserInput.field('input.intoId', 'Merge into an organisation that is still active');
    retire(organisation, input.expectedVersion, uow);
    organisation.status = 'MERGED';
    organisation.mergedIntoId = into.id;
    await em.flush();
    await audit(em, { action: 'ORGANISATION_MERGED', actorId: member.userId, ...subjectOf(organisation) });
    await askPeopleToMove(uow, organisation, member.userId);
    return organisation;
  });
}

/** Closing keeps the row and its history; its people are told, and asked to move their profile. */
export async function closeOrganisation(deps: CommandDeps, input: CloseOrganisationInput): Promise<Organisation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await lockedOrganisation(em, input.id, 'input.id');
    organisationAbilities.authorize(member, 'close', organisation);
    retire(organisation, input.expectedVersion, uow);
    organisation.status = 'CLOSED';
    await em.flush();
    await audit(em, { action: 'ORGANISATION_CLOSED', actorId: member.userId, ...subjectOf(organisation) });
    await askPeopleToMove(uow, organisation, member.userId);
    return organisation;
  });
}

function retire(organisation: Organisation, expectedVersion: number, uow: UnitOfWork): void {
  if (organisation.status !== 'ACTIVE') throw new Conflict('This organisation is not active any more');
  if (organisation.version !== expectedVersion) {
    throw new Conflict('Someone else changed this organisation since you opened it; reload and try again');
  }
  organisation.closedAt = uow.now;
}

/** Every member whose profile names the organisation gets one notification (keyed, so a retry adds none). */
async function askPeopleToMove(uow: UnitOfWork, organisation: Organisation, actorId: string): Promise<void> {
  const people = await uow.em.execute<{ id: string }[]>(
    `select u.id from app_user u join expert x on x.id = u.expert_id where x.organisation_id = ? and u.deleted_at is null`,
    [organisation.id],
  );
  await notify(
    uow,
    people.map((person) => ({
      recipientId: person.id,
      kind: 'ORGANISATION_RETIRED',
      subject: { type: 'organisation', id: organisation.id },
      context: null,
      actorId,
      key: `organisation-retired:${organisation.id}`,
    })),
  );
}
