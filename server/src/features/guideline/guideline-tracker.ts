import type { Viewer } from '../../core/auth.js';
import { NotFound } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import type { TrackerSubject } from './guideline.policy.js';

/**
 * What the rules need to know about one municipality's tracker: its country and its pathway's named editors (one
 * statement), and the reader's roles (one more).
 */
export async function trackerSubject(em: Em, viewer: Viewer, municipalityId: string): Promise<TrackerSubject> {
  const [row] = await em.execute<{ country_code: string; editor_expert_ids: string[] }[]>(
    `select m.country_code, coalesce(p.editor_expert_ids, '{}') as editor_expert_ids
       from municipality m left join referral_pathway p on p.municipality_id = m.id where m.id = ?`,
    [municipalityId],
  );
  if (!row) throw new NotFound('The municipality');
  return {
    countryCode: row.country_code,
    municipalityId,
    editorExpertIds: row.editor_expert_ids,
    reader: await pathwayReaderFacts(em, viewer),
  };
}
