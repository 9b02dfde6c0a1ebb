import { NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';

/** The municipality an assessment is about, with the members named to edit its pathway (who also answer). */
export interface BaselinePlace {
  municipalityId: string;
  name: string;
  countryCode: string;
  editorExpertIds: string[];
}

/** One statement: the municipality and its local pathway's named editors. */
export async function findBaselinePlace(em: Em, municipalityId: string, field = 'municipalityId'): Promise<BaselinePlace> {
  const id = parseUuid(municipalityId, field);
  const [row] = await em.execute<{ name: string; country_code: string; editor_expert_ids: string[] | null }[]>(
    `select m.name, m.country_code, p.editor_expert_ids from municipality m
       left join referral_pathway p on p.municipality_id = m.id where m.id = ?`,
    [id],
  );
  if (!row) throw new NotFound('The municipality');
  return { municipalityId: id, name: row.name, countryCode: row.country_code, editorExpertIds: row.editor_expert_ids ?? [] };
}
