import { BadUserInput, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { normaliseTags, signedInActor } from '../forum/thread.commands.js';
import { resolveScope } from '../scope/scope.inputs.js';
import type { Em } from '../../db/orm.js';
import { dropBlobIfUnused, guardResourceTexts, redeemUpload, resourceColumns, type ResourceState } from './resource-fields.js';
import type { CreateResourceInput } from './resource.inputs.js';
import { library, resourceAbilities, type ResourceSubject } from './resource.policy.js';

/**
 * A new resource under the client's id (a retry saves once): a link, or a file whose upload receipt the author
 * redeems here (the receipt is used up; the blob stays with the resource). Free texts pass the victim-data guardrail.
 */
export async function createResource(deps: CommandDeps, input: CreateResourceInput): Promise<string> {
  const actor = signedInActor(deps);
  library.authorize(actor, 'contribute');
  const id = parseUuid(input.id, 'input.id');
  if (!input.url === !input.uploadId) throw BadUserInput.field('input.url', 'Give either a link or an uploaded file');
  const tags = normaliseTags(input.tags);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const [existing] = await em.execute<{ author_id: string | null }[]>(`select author_id from resource where id = ?`, [id]);
    if (existing) {
      if (existing.author_id === actor.userId) return id; // the retry of a create that already happened
      throw BadUserInput.field('input.id', 'This id is taken: choose another');
    }
    const scope = await resolveScope(em, input.scope, 'input.scope');
    await guardResourceTexts(uow, actor, input, id);
    const file = input.uploadId ? await redeemUpload(em, actor.userId, input.uploadId) : undefined;
    const now = uow.now.toISOString();
    await em.execute(
      `insert into resource (id, kind, title, summary, level, country_code, municipality_id, visibility, languages, tags, forms,
         target_groups, year, publisher, url, blob_id, file_name, search_text, author_id, organisation_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?,
         (select e.organisation_id from app_user u join expert e on e.id = u.expert_id where u.id = ?), ?, ?)`,
      [id, ...resourceColumns(input, scope, tags, file), actor.userId, actor.userId, now, now],
    );
    return id;
  });
}

/** A member recommends a resource, or takes it back; the count follows in the same transaction. Repeating is harmless. */
export async function recommendResource(deps: CommandDeps, resourceId: string, recommended: boolean): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(resourceId, 'id');
  return runCommand(deps, async ({ em }) => {
    const subject = await lockedSubject(em, id);
    if (!subject || !resourceAbilities.can(actor, 'read', subject)) throw new NotFound('The resource');
    resourceAbilities.authorize(actor, 'recommend', subject);
    const changed = await em.execute<{ resource_id: string }[]>(
      recommended
        ? `insert into resource_recommendation (resource_id, user_id) values (?, ?) on conflict do nothing returning resource_id`
        : `delete from resource_recommendation where resource_id = ? and user_id = ? returning resource_id`,
      [id, actor.userId],
    );
    if (changed.length > 0)
      await em.execute(`update resource set recommendations = recommendations + ? where id = ?`, [recommended ? 1 : -1, id]);
    return id;
  });
}

/** Removes a resource (its author, or a moderator or admin: then audit-logged); its file goes with it unless shared. */
export async function deleteResource(deps: CommandDeps, resourceId: string): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(resourceId, 'id');
  return runCommand(deps, async ({ em }) => {
    const subject = await lockedSubject(em, id);
    if (!subject || !resourceAbilities.can(actor, 'read', subject)) throw new NotFound('The resource');
    resourceAbilities.authorize(actor, 'delete', subject);
    const [removed] = await em.execute<{ blob_id: string | null; title: string }[]>(
      `delete from resource where id = ? returning blob_id, title`,
      [id],
    );
    if (removed?.blob_id) await dropBlobIfUnused(em, removed.blob_id);
    if (subject.authorId !== actor.userId)
      await audit(em, {
        action: 'RESOURCE_REMOVED',
        actorId: actor.userId,
        subjectType: 'resource',
        subjectId: id,
        details: { title: removed?.title ?? '' },
      });
    return id;
  });
}

/** The resource as the rules see it, locked for the rest of the transaction, with its version and file; null when there is none. */
export async function lockedSubject(em: Em, id: string): Promise<(ResourceSubject & ResourceState) | null> {
  const [row] = await em.execute<
    {
      visibility: ResourceSubject['visibility'];
      level: ResourceSubject['level'];
      country_code: string | null;
      municipality_id: string | null;
      author_id: string | null;
      organisation_id: string | null;
      version: number;
      blob_id: string | null;
      file_name: string | null;
    }[]
  >(
    `select visibility, level, trim(country_code) as country_code, municipality_id, author_id, organisation_id, version, blob_id, file_name
       from resource where id = ? for update`,
    [id],
  );
  if (!row) return null;
  return {
    visibility: row.visibility,
    level: row.level,
    countryCode: row.country_code,
    municipalityId: row.municipality_id,
    authorId: row.author_id,
    organisationId: row.organisation_id,
    version: row.version,
    blobId: row.blob_id,
    fileName: row.file_name,
  };
}
