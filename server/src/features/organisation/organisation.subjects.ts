import { isMember } from '../../core/auth.js';
import type { SubjectSource } from '../../core/subjects.js';

/** Organisations as a notification names them: members see every one but the proposed; visitors the listed ones. */
export const organisationSubjects: SubjectSource = {
  type: 'organisation',
  summarise: async (em, viewer, ids) => {
    const rows = await em.execute<{ id: string; name: string }[]>(
      `select id, name from organisation where id = any(?::uuid[]) and status <> 'PROPOSED' ${isMember(viewer) ? '' : 'and publicly_listed'}`,
      [`{${ids.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.id, { title: row.name, path: `/organisations/${row.id}` }]));
  },
};
