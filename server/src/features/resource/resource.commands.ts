import { BadUserInput, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { normaliseTags, signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { resolveScope } from '../scope/scope.inputs.js';
import type { CreateResourceInput } from './resource.inputs.js';
import { library, resourceAbilities, type ResourceSubject } from './resource.policy.js';

/** The words of an extracted file that the search keeps: a long report's first pages say what it is about. */
const FILE_TEXT_INDEXED_MAX = 200_000;

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
    await guardTexts(
      uow,
      actor,
      [
        { field: 'title', text: input.title },
        { field: 'summary', text: input.summary },
        { field: 'publisher', text: input.publisher },
      ],
      input.confirmations,
      { type: 'resource', id },
    );
    let file: { blob_id: string; file_name: string; text_content: string | null } | undefined;
    if (input.uploadId) {
      [file] = await em.execute<(typeof file & object)[]>(
        `delete from resource_upload u using resource_blob b
           where u.id = ? and u.uploaded_by_id = ? and b.id = u.blob_id and b.complete
           returning u.blob_id, u.file_name, left(b.text_content, ${FILE_TEXT_INDEXED_MAX}) as text_content`,
        [parseUuid(input.uploadId, 'input.uploadId'), actor.userId],
      );
      if (!file) throw BadUserInput.field('input.uploadId', 'The upload was not found or has expired: upload the file again');
    }
    const searchText = [input.title, input.summary, tags.join(' '), input.publisher, file?.file_name, file?.text_content]
      .filter(Boolean)
      .join('\n');
    const now = uow.now.toISOString();
    await em.execute(
      `insert into resource (id, kind, title, summary, level, country_code, municipality_id, visibility, languages, tags, forms,
         target_groups, year, publisher, url, blob_id, file_name, author_id, search_text, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        input.kind,
        input.title.trim(),
        input.summary?.trim() || null,
        scope.level,
        scope.country?.code ?? null,
        scope.municipality?.id ?? null,
        input.visibility,
        pgArray([...new Set(input.languages)]),
        pgArray(tags),
        pgArray([...new Set(input.formsOfExploitation)]),
        pgArray([...new Set(input.targetGroups)]),
        input.year ?? null,
        input.publisher?.trim() || null,
        input.url?.trim() || null,
        file?.blob_id ?? null,
        file?.file_name ?? null,
        actor.userId,
        searchText,
        now,
        now,
      ],
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
    if (removed?.blob_id)
      await em.execute(
        `delete from resource_blob b where b.id = ? and not exists (select 1 from resource r where r.blob_id = b.id)
           and not exists (select 1 from resource_upload u where u.blob_id = b.id)`,
        [removed.blob_id],
      );
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

async function lockedSubject(em: Parameters<typeof audit>[0], id: string): Promise<ResourceSubject | null> {
  const [row] = await em.execute<
    {
      visibility: ResourceSubject['visibility'];
      level: ResourceSubject['level'];
      country_code: string | null;
      municipality_id: string | null;
      author_id: string | null;
    }[]
  >(`select visibility, level, trim(country_code) as country_code, municipality_id, author_id from resource where id = ? for update`, [id]);
  if (!row) return null;
  return {
    visibility: row.visibility,
    level: row.level,
    countryCode: row.country_code,
    municipalityId: row.municipality_id,
    authorId: row.author_id,
  };
}

/** A text[] literal: each element quoted, so commas and quotes in a tag stay inside it. */
function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
