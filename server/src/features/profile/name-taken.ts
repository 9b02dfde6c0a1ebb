import { sameName } from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { Expert } from '../expert/expert.entity.js';

/**
 * Two people of one organisation cannot share a name: a newcomer taking the exact name of the organisation's
 * coordinator or contact point would be mistaken for them. Across organisations names may repeat (people do
 * share names), and the organisation shown next to each name tells them apart.
 */
export async function refuseNameTaken(
  em: Em,
  organisationId: string,
  fullName: string,
  field: string,
  exceptExpertId?: string,
): Promise<void> {
  const colleagues = await em.find(
    Expert,
    { organisation: organisationId, ...(exceptExpertId ? { id: { $ne: exceptExpertId } } : {}) },
    { fields: ['fullName'] },
  );
  if (colleagues.some((colleague) => sameName(colleague.fullName, fullName))) {
    throw BadUserInput.field(field, 'Someone in your organisation already has this name; add a middle name or initial');
  }
}
