import type { Em } from '../../db/orm.js';

export interface PersonFacts {
  userId: string;
  name: string;
  countryCode: string | null;
}

/** The name and country the live view shows for a member, put into events so no subscriber has to look them up. */
export async function personFacts(em: Em, userId: string): Promise<PersonFacts> {
  const [row] = await em.execute<{ name: string; country_code: string | null }[]>(
    `select coalesce(x.full_name, 'A member') as name, trim(u.country_code) as country_code
       from app_user u left join expert x on x.id = u.expert_id where u.id = ?`,
    [userId],
  );
  return { userId, name: row?.name ?? 'A member', countryCode: row?.country_code ?? null };
}

/** SQL: the JSON person (userId, name, countryCode) of the user column `column` (joins nothing: subqueries). */
export const personJson = (column: string) => `json_build_object('userId', ${column},
  'name', coalesce((select x.full_name from app_user u join expert x on x.id = u.expert_id where u.id = ${column}), 'A member'),
  'countryCode', (select trim(u.country_code) from app_user u where u.id = ${column}))`;
