import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { normaliseTags, signedInActor } from '../forum/thread.commands.js';
import { resolveScope } from '../scope/scope.inputs.js';
import { currentFile, dropBlobIfUnused, guardResourceTexts, redeemUpload, resourceColumns } from './resource-fields.js';
import { lockedSubject } from './resource.commands.js';
import type { UpdateResourceInput } from './resource.inputs.js';
import { resourceAbilities } from './resource.policy.js';

/**
 * Saves a changed resource at the version the editor loaded (a stale one gets CONFLICT): its author, editors of its
 * organisation, the coordinators of its country and admins. A new link or file replaces the old one, whose bytes go
 * unless another resource shares them; the search index and the Atom feed read the new words and `updated_at`. Free
 * texts pass the victim-data guardrail; every edit is audit-logged. One transaction.
 */
export async function updateResource(deps: CommandDeps, input: UpdateResourceInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  if (input.url && input.uploadId) throw BadUserInput.field('input.url', 'Give either a link or an uploaded file');
  const tags = normaliseTags(input.tags);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const existing = await lockedSubject(em, id);
    if (!existing || !resourceAbilities.can(actor, 'read', existing)) throw new NotFound('The resource');
    resourceAbilities.authorize(actor, 'edit', existing);
    if (existing.version !== input.expectedVersion)
      throw new Conflict('Someone saved this resource after you opened it: reload it to see their version');
    const scope = await resolveScope(em, input.scope, 'input.scope');
    await guardResourceTexts(uow, actor, input, id);
    const file = input.uploadId
      ? await redeemUpload(em, actor.userId, input.uploadId)
      : input.url
        ? undefined
        : await currentFile(em, existing);
    await em.execute(
      `update resource set kind = ?, title = ?, summary = ?, level = ?, country_code = ?, municipality_id = ?, visibility = ?,
         languages = ?::text[], tags = ?::text[], forms = ?::text[], target_groups = ?::text[], year = ?, publisher = ?, url = ?,
         blob_id = ?, file_name = ?, search_text = ?, version = version + 1, updated_at = ? where id = ?`,
      [...resourceColumns(input, scope, tags, file), uow.now.toISOString(), id],
    );
    if (existing.blobId && existing.blobId !== file?.blob_id) await dropBlobIfUnused(em, existing.blobId);
    await audit(em, {
      action: 'RESOURCE_EDITED',
      actorId: actor.userId,
      subjectType: 'resource',
      subjectId: id,
      details: { version: existing.version + 1, fileReplaced: Boolean(input.uploadId) },
    });
    return id;
  });
}
