import type { Viewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { ResolvedScope } from '../scope/scope.inputs.js';
import type { CreateResourceInput } from './resource.inputs.js';

/** The words of an extracted file that the search keeps: a long report's first pages say what it is about. */
const FILE_TEXT_INDEXED_MAX = 200_000;

/** What a command needs to know of a stored resource besides the rules' subject. */
export interface ResourceState {
  version: number;
  blobId: string | null;
  fileName: string | null;
}

/** A file behind a resource, with the words the search reads of it. */
export interface ResourceFile {
  blob_id: string;
  file_name: string;
  text_content: string | null;
}

type ResourceFields = Omit<CreateResourceInput, 'id'>;

/** The free texts of a resource pass the victim-data guardrail (on creating and on every edit). */
export async function guardResourceTexts(uow: UnitOfWork, actor: Viewer, input: ResourceFields, id: string): Promise<void> {
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
}

/** Uses up the member's upload receipt: the blob now belongs to the resource. */
export async function redeemUpload(em: Em, userId: string, uploadId: string): Promise<ResourceFile> {
  const [file] = await em.execute<ResourceFile[]>(
    `delete from resource_upload u using resource_blob b
       where u.id = ? and u.uploaded_by_id = ? and b.id = u.blob_id and b.complete
       returning u.blob_id, u.file_name, left(b.text_content, ${FILE_TEXT_INDEXED_MAX}) as text_content`,
    [parseUuid(uploadId, 'input.uploadId'), userId],
  );
  if (!file) throw BadUserInput.field('input.uploadId', 'The upload was not found or has expired: upload the file again');
  return file;
}

/** The file a resource already has, with its indexed text (an edit that keeps the file re-indexes the rest). */
export async function currentFile(em: Em, state: ResourceState): Promise<ResourceFile> {
  if (!state.blobId || !state.fileName) throw BadUserInput.field('input.url', 'Give either a link or an uploaded file');
  const [blob] = await em.execute<{ text_content: string | null }[]>(
    `select left(text_content, ${FILE_TEXT_INDEXED_MAX}) as text_content from resource_blob where id = ?`,
    [state.blobId],
  );
  return { blob_id: state.blobId, file_name: state.fileName, text_content: blob?.text_content ?? null };
}

/**
 * The stored values of kind … search_text, in the order of the columns `kind, title, summary, level, country_code,
 * municipality_id, visibility, languages, tags, forms, target_groups, year, publisher, url, blob_id, file_name,
 * search_text`: the search index is the record's words and its file's text.
 */
export function resourceColumns(input: ResourceFields, scope: ResolvedScope, tags: string[], file: ResourceFile | undefined): unknown[] {
  const searchText = [input.title, input.summary, tags.join(' '), input.publisher, file?.file_name, file?.text_content]
    .filter(Boolean)
    .join('\n');
  return [
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
    file ? null : input.url?.trim() || null,
    file?.blob_id ?? null,
    file?.file_name ?? null,
    searchText,
  ];
}

/** Removes a file's bytes once no resource and no pending upload holds them (the same bytes are kept once). */
export async function dropBlobIfUnused(em: Em, blobId: string): Promise<void> {
  await em.execute(
    `delete from resource_blob b where b.id = ? and not exists (select 1 from resource r where r.blob_id = b.id)
       and not exists (select 1 from resource_upload u where u.blob_id = b.id)`,
    [blobId],
  );
}

/** A text[] literal: each element quoted, so commas and quotes in a tag stay inside it. */
function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
