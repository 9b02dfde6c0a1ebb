import { isMember, type Viewer } from '../../core/auth.js';
import type { PostAuthor } from './post.types.js';

/** A json object with what PostAuthor is built from, for the user id in `column` (null when there is none). */
export const authorJson = (column: string) => `(select json_build_object('expertId', x.id, 'name', x.full_name,
    'organisationName', o.name, 'suspended', u.status = 'SUSPENDED', 'deleted', u.deleted_at is not null)
  from app_user u left join expert x on x.id = u.expert_id left join organisation o on o.id = x.organisation_id
  where u.id = ${column})`;

export interface AuthorJson {
  expertId: string | null;
  name: string | null;
  organisationName: string | null;
  suspended: boolean;
  deleted: boolean;
}

const FORMER: PostAuthor = { expertId: null, name: 'Former member', organisationName: null, former: true, suspended: false };
const ANONYMOUS_AUTHOR: PostAuthor = { expertId: null, name: 'A network member', organisationName: null, former: false, suspended: false };

/**
 * The author as this viewer may know them: anonymous visitors see no people (as in the directory), deleted
 * accounts are "Former member", suspended ones keep their posts, marked.
 */
export function postAuthor(viewer: Viewer, author: AuthorJson | null): PostAuthor {
  if (!author || author.deleted) return FORMER;
  if (!isMember(viewer)) return ANONYMOUS_AUTHOR;
  return {
    expertId: author.expertId,
    name: author.name ?? 'A network member',
    organisationName: author.organisationName,
    former: false,
    suspended: author.suspended,
  };
}
