import type { SubjectSource } from '../../core/subjects.js';
import { visibleMeetingSql } from './meeting-access.js';

/** Meetings as a notification names them, for those who may see them only (filtered in SQL, one statement). */
export const meetingSubjects: SubjectSource = {
  type: 'meeting',
  summarise: async (em, viewer, ids) => {
    const visible = visibleMeetingSql(viewer);
    const rows = await em.execute<{ id: string; title: string; path: string }[]>(
      `select m.id::text as id, m.title, '/meetings/' || m.id as path from meeting m where m.id = any(?::uuid[]) and ${visible.sql}`,
      [`{${ids.join(',')}}`, ...visible.params],
    );
    return new Map(rows.map((row) => [row.id, { title: row.title, path: row.path }]));
  },
};
