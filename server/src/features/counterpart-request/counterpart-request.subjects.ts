import type { SubjectSource } from '../../core/subjects.js';
import { readableSql } from './counterpart-request.policy.js';

/**
 * Requests as a notification names them ("Klaipėda: safe return"), for those who may see them only (filtered in
 * SQL, one statement). The title names the place and the service, never the case.
 */
export const counterpartRequestSubjects: SubjectSource = {
  type: 'counterpart_request',
  summarise: async (em, viewer, ids) => {
    const readable = readableSql(viewer);
    const rows = await em.execute<{ id: string; title: string; path: string }[]>(
      `select r.id::text as id, coalesce(tm.name, tc.name) || ' (' || r.from_country_code || ' → ' || r.to_country_code || ')' as title,
          '/requests/' || r.id as path
         from counterpart_request r join country tc on tc.code = r.to_country_code left join municipality tm on tm.id = r.to_municipality_id
        where r.id = any(?::uuid[]) and ${readable.sql}`,
      [`{${ids.join(',')}}`, ...readable.params],
    );
    return new Map(rows.map((row) => [row.id, { title: row.title, path: row.path }]));
  },
};
