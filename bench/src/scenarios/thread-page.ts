/**
 * S9's page: a forum thread as its page shows it, signed in: the thread with the viewer's read state, and its
 * posts with authors and reaction counts (the viewer's own marked).
 */
export const THREAD_PAGE = `query ThreadPage($id: ID!, $first: Int!) {
  thread(id: $id) {
    id title tags pinned locked solvedPostId postCount unreadCount lastReadPosition firstUnreadCursor
    posts(first: $first) {
      totalCount
      edges { cursor node { id position html createdAt edited removed hidden
        author { expertId name organisationName former suspended }
        reactions { kind count mine } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The hand-written reference: THREAD_PAGE as one statement returning the JSON body the GraphQL server sends.
 * $1 = SHA-256 of the session token, $2 = thread id, $3 = page size. It knows what the bench's viewer is (a
 * member who moderates nothing, in a NETWORK forum), where the server applies the forum's rules in general:
 * hidden, removed and purged posts lose their text; deleted accounts are "Former member".
 */
export const THREAD_SQL = `
with viewer as (
  select u.id from session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.status = 'ACTIVE'
),
t as (
  select t.*, coalesce(rs.last_read_position, 0) as last_read
  from thread t join forum f on f.id = t.forum_id and f.visibility in ('PUBLIC', 'NETWORK')
  cross join viewer v left join thread_read_state rs on rs.thread_id = t.id and rs.user_id = v.id
  where t.id = $2::uuid
),
page as (
  select p.* from post p where p.thread_id = $2::uuid and exists (select 1 from t) order by p.position limit $3::int + 1
),
rows as (
  select p.position, json_build_object(
    'id', p.id, 'position', p.position,
    'html', case when p.deleted_at is null and p.purged_at is null and p.hidden_at is null then p.html end,
    'createdAt', ${ISO('p.created_at')},
    'edited', p.edited_at is not null, 'removed', p.deleted_at is not null, 'hidden', p.hidden_at is not null,
    'author', case when u.id is null or u.deleted_at is not null
      then json_build_object('expertId', null, 'name', 'Former member', 'organisationName', null, 'former', true, 'suspended', false)
      else json_build_object('expertId', x.id, 'name', coalesce(x.full_name, 'A network member'), 'organisationName', o.name,
                             'former', false, 'suspended', u.status = 'SUSPENDED') end,
    'reactions', coalesce((select json_agg(json_build_object('kind', r.kind, 'count', r.n, 'mine', r.mine) order by r.kind)
       from (select kind, count(*)::int as n, coalesce(bool_or(user_id = (select id from viewer)), false) as mine
               from post_reaction where post_id = p.id group by kind) r), '[]'::json)
  ) as node
  from page p left join app_user u on u.id = p.author_id left join expert x on x.id = u.expert_id
  left join organisation o on o.id = x.organisation_id
  order by p.position limit $3::int
)
select json_build_object('data', json_build_object('thread', (select json_build_object(
  'id', t.id, 'title', t.title, 'tags', to_json(t.tags), 'pinned', t.pinned, 'locked', t.locked, 'solvedPostId', t.solved_post_id,
  'postCount', t.post_count, 'unreadCount', greatest(t.post_count - t.last_read, 0), 'lastReadPosition', t.last_read,
  'firstUnreadCursor', case when t.last_read < t.post_count then t.last_read::text end,
  'posts', json_build_object(
    'totalCount', t.post_count,
    'edges', coalesce((select json_agg(json_build_object('cursor', position::text, 'node', node) order by position) from rows), '[]'::json),
    'pageInfo', json_build_object(
      'hasNextPage', (select count(*) > $3::int from page),
      'endCursor', (select max(position)::text from rows)))
) from t)))::text as body`;
