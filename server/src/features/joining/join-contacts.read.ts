import type { Em } from '../../db/orm.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import type { JoinContact } from './join-contact.type.js';

/**
 * Per STROM country, the organisations a visitor can contact to be invited: those of the current national
 * coordinators, and only the publicly listed ones. It names organisations, never people. One statement.
 */
export async function findJoinContacts(em: Em): Promise<JoinContact[]> {
  return em.getConnection().execute<JoinContact[]>(
    `select c.code as "countryCode", c.name as "countryName",
            coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
                        from organisation o
                       where o.publicly_listed
                         and exists (select 1 from role_assignment r join expert e on e.id = r.expert_id
                                      where e.organisation_id = o.id and r.role = 'NATIONAL_COORDINATOR'
                                        and r.country_code = c.code and ${currentRoleSql('r')})), '[]'::json) as organisations
       from country c
      where c.strom_participant
      order by c.name`,
  );
}
