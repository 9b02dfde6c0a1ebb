import { PREVENTION_YEAR_MAX, PREVENTION_YEAR_MIN } from '@strom/shared';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { resolveScope } from '../scope/scope.inputs.js';
import { storedMaterials } from './prevention-materials.js';
import type { SavePreventionActivityInput } from './prevention.inputs.js';
import { preventionAbilities, preventionCatalogue, type PreventionSubject } from './prevention.policy.js';

interface ExistingRow {
  visibility: PreventionSubject['visibility'];
  author_id: string | null;
  country_code: string | null;
  version: number;
  partner_ids: string[];
}

/** The activity as the rules see it, locked for the rest of the transaction; null when there is none. */
async function lockActivity(em: Em, id: string): Promise<(PreventionSubject & { version: number }) | null> {
  const [row] = await em.execute<ExistingRow[]>(
    `select a.visibility, a.author_id, a.country_code, a.version,
       array(select p.organisation_id::text from prevention_partner p where p.activity_id = a.id) as partner_ids
       from prevention_activity a where a.id = ? for update`,
    [id],
  );
  return row
    ? {
        visibility: row.visibility,
        authorId: row.author_id,
        countryCode: row.country_code,
        partnerIds: row.partner_ids,
        version: row.version,
      }
    : null;
}

/**
 * Saves a whole activity: a new one under the client's id (a retry saves once), or a change to the version the
 * editor loaded (a stale one gets CONFLICT). Free texts pass the victim-data guardrail; partners must be in the
 * directory. One transaction.
 */
export async function savePreventionActivity(deps: CommandDeps, input: SavePreventionActivityInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  checkPeriod(input.startsOn, input.endsOn ?? null);
  const partnerIds = [...new Set(input.partnerIds.map((partner) => parseUuid(partner, 'input.partnerIds')))];
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const existing = await lockActivity(em, id);
    if (existing) {
      preventionAbilities.authorize(actor, 'edit', existing);
      if (input.expectedVersion == null) return id; // the retry of a create that already happened
      if (existing.version !== input.expectedVersion)
        throw new Conflict('Someone saved this activity after you opened it: reload it to see their version');
    } else if (input.expectedVersion != null) throw new NotFound('The activity');
    else preventionCatalogue.authorize(actor, 'add');
    const scope = await resolveScope(em, input.scope, 'input.scope');
    await checkPartners(em, partnerIds);
    await guardTexts(
      uow,
      actor,
      [
        { field: 'title', text: input.title },
        { field: 'description', text: input.description },
        { field: 'reachNote', text: input.reachNote },
        { field: 'results', text: input.results },
        { field: 'lessons', text: input.lessons },
        ...input.materials.map((material, index) => ({
          field: `materials.${index}.title`,
          text: material.resourceId ? null : material.title,
        })),
      ],
      input.confirmations,
      { type: 'prevention_activity', id },
    );
    const materials = await storedMaterials(em, actor, input.materials);
    const now = uow.now.toISOString();
    const row = [
      input.title.trim(),
      input.description.trim(),
      `{${[...new Set(input.targetGroups)].join(',')}}`,
      `{${[...new Set(input.formsOfExploitation)].join(',')}}`,
      scope.level,
      scope.country?.code ?? null,
      scope.municipality?.id ?? null,
      input.startsOn,
      input.endsOn ?? null,
      input.peopleReached ?? null,
      input.reachNote?.trim() || null,
      input.results?.trim() || null,
      input.lessons?.trim() || null,
      JSON.stringify(materials),
      input.visibility,
    ];
    if (existing)
      await em.execute(
        `update prevention_activity set title = ?, description = ?, target_groups = ?::text[], forms_of_exploitation = ?::text[],
           level = ?, country_code = ?, municipality_id = ?, starts_on = ?::date, ends_on = ?::date, people_reached = ?, reach_note = ?,
           results = ?, lessons = ?, materials = ?::jsonb, visibility = ?, version = version + 1, updated_at = ? where id = ?`,
        [...row, now, id],
      );
    else
      await em.execute(
        `insert into prevention_activity (id, author_id, title, description, target_groups, forms_of_exploitation, level, country_code,
           municipality_id, starts_on, ends_on, people_reached, reach_note, results, lessons, materials, visibility, created_at, updated_at)
           values (?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
        [id, actor.userId, ...row, now, now],
      );
    await em.execute(`delete from prevention_partner where activity_id = ?`, [id]);
    if (partnerIds.length > 0)
      await em.execute(
        `insert into prevention_partner (activity_id, organisation_id, position)
           select ?, p.id, p.position - 1 from unnest(?::uuid[]) with ordinality as p(id, position)`,
        [id, `{${partnerIds.join(',')}}`],
      );
    return id;
  });
}

export async function deletePreventionActivity(deps: CommandDeps, activityId: string): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(activityId, 'id');
  return runCommand(deps, async ({ em }) => {
    const existing = await lockActivity(em, id);
    if (!existing) throw new NotFound('The activity');
    preventionAbilities.authorize(actor, 'delete', existing);
    await em.execute(`delete from prevention_activity where id = ?`, [id]);
    return id;
  });
}

/** A period within the catalogue's years that does not end before it starts. */
function checkPeriod(startsOn: string, endsOn: string | null): void {
  const year = Number(startsOn.slice(0, 4));
  if (year < PREVENTION_YEAR_MIN || year > PREVENTION_YEAR_MAX)
    throw BadUserInput.field('input.startsOn', `The activity must start between ${PREVENTION_YEAR_MIN} and ${PREVENTION_YEAR_MAX}`);
  if (endsOn !== null && endsOn < startsOn) throw BadUserInput.field('input.endsOn', 'The activity cannot end before it starts');
  if (endsOn !== null && Number(endsOn.slice(0, 4)) > PREVENTION_YEAR_MAX)
    throw BadUserInput.field('input.endsOn', `The activity must end by ${PREVENTION_YEAR_MAX}`);
}

/** Partners are organisations of the directory (a proposed one is not there yet). */
async function checkPartners(em: Em, partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  const [found] = await em.execute<{ n: string }[]>(
    `select count(*) as n from organisation where id = any(?::uuid[]) and status <> 'PROPOSED'`,
    [`{${partnerIds.join(',')}}`],
  );
  if (Number(found?.n) !== partnerIds.length) throw BadUserInput.field('input.partnerIds', 'A partner is not in the directory');
}
