import type { Viewer } from '../../core/auth.js';
import { isMember } from '../../core/auth.js';
import type { SubjectSource, SubjectSummary } from '../../core/subjects.js';
import type { Em } from '../../db/orm.js';

/**
 * Test support: organisations posing as another feature's things, so notification tests need no forum. Like a
 * real source it reads in one statement; `hide` takes a thing away from one member, as leaving a closed group would.
 */
export interface TestSubjects extends SubjectSource {
  hide(userId: string, id: string): void;
}

export const TEST_SUBJECT_TYPE = 'test-organisation';

export function testSubjects(): TestSubjects {
  const hidden = new Set<string>();
  return {
    type: TEST_SUBJECT_TYPE,
    hide: (userId, id) => void hidden.add(`${userId}:${id}`),
    summarise: async (em: Em, viewer: Viewer, ids: readonly string[]) => {
      const rows = await em.execute<{ id: string; name: string }[]>(`select id, name from organisation where id::text = any(?::text[])`, [
        `{${ids.join(',')}}`,
      ]);
      const summaries = new Map<string, SubjectSummary>();
      for (const row of rows) {
        if (!isMember(viewer) || hidden.has(`${viewer.userId}:${row.id}`)) continue;
        summaries.set(row.id, { title: row.name, path: `/organisations/${row.id}` });
      }
      return summaries;
    },
  };
}
