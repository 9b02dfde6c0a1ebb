/**
 * S1's reference does the server's per-request session lookup (server/src/features/session/session.service.ts,
 * SESSION_VIEWER_SQL) through pg: the session, its account and the organisations it edits. $1 = SHA-256 of the token.
 */
export const SESSION_SQL = `select s.id as session_id,
    (extract(epoch from s.expires_at) * 1000)::float8 as expires_ms,
    (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms,
    u.id as user_id, u.email, u.status, u.network_role, u.country_code, u.coordinator_of, u.expert_id, u.totp_enabled,
    array(select e.organisation_id::text from organisation_editor e where e.user_id = u.id order by 1) as editor_of,
    x.municipality_id
  from session s join app_user u on u.id = s.user_id left join expert x on x.id = u.expert_id
  where s.token_hash = $1 and s.revoked_at is null`;
