import { isMember } from '../../core/auth.js';
import type { SubjectSource } from '../../core/subjects.js';

/** A profile as its own reminder names it: only for the member whose profile it is. */
export const profileSubjects: SubjectSource = {
  type: 'profile',
  summarise: async (em, viewer, ids) => {
    if (!isMember(viewer) || !viewer.expertId || !ids.includes(viewer.expertId)) return new Map();
    const rows = await em.execute<{ id: string; full_name: string }[]>(`select id, full_name from expert where id = ?`, [viewer.expertId]);
    return new Map(rows.map((row) => [row.id, { title: `Your profile (${row.full_name})`, path: '/account' }]));
  },
};
