import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../ui/useFormat';
import { HitFrame } from './SearchHitRow';

export const SearchHitThreadFragment = graphql(`
  fragment SearchHit_thread on ThreadMatch {
    id
    threadTitle
    forumTitle
    lastPostAt
  }
`);

export const SearchHitPostFragment = graphql(`
  fragment SearchHit_post on PostMatch {
    id
    threadId
    threadTitle
    forumTitle
    snippet
    createdAt
  }
`);

export const SearchHitResourceFragment = graphql(`
  fragment SearchHit_resource on ResourceMatch {
    id
    resourceTitle
    excerpt
    createdAt
  }
`);

function When({ iso }: { iso: string }) {
  const format = useFormat();
  return <time dateTime={iso}>{format.dateTime(iso)}</time>;
}

export function ThreadHit({ thread }: { thread: FragmentType<typeof SearchHitThreadFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(SearchHitThreadFragment, thread);
  return (
    <HitFrame kind="thread" name={data.threadTitle} to={`/t/${data.id}`}>
      {t('search.inForum', { forum: data.forumTitle })}
      {' · '}
      {t('search.lastPost')} <When iso={data.lastPostAt} />
    </HitFrame>
  );
}

/** The snippet is plain text from the server (never markup), shown as text. */
export function PostHit({ post }: { post: FragmentType<typeof SearchHitPostFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(SearchHitPostFragment, post);
  return (
    <HitFrame kind="post" name={data.threadTitle} to={`/t/${data.threadId}#post-${data.id}`}>
      {data.snippet}
      <br />
      {t('search.inForum', { forum: data.forumTitle })}
      {' · '}
      <When iso={data.createdAt} />
    </HitFrame>
  );
}

/** A library resource: its summary (or the words around the match in its file), plain text from the server. */
export function ResourceHit({ resource }: { resource: FragmentType<typeof SearchHitResourceFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(SearchHitResourceFragment, resource);
  return (
    <HitFrame kind="resource" name={data.resourceTitle} to={`/library/${data.id}`}>
      {data.excerpt && (
        <>
          {data.excerpt}
          <br />
        </>
      )}
      {t('search.inLibrary')}
      {' · '}
      <When iso={data.createdAt} />
    </HitFrame>
  );
}
