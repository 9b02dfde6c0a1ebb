import type { Response } from 'express';
import { utcToday } from '../role-assignment/role-status.js';
import type { FilterQuery } from '@mikro-orm/core';
import { isMember, type MemberViewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import { csvDownloadRoute, plainText, startCsv, write } from './csv-download.js';
import { Expert } from '../expert/expert.entity.js';
import { expertWhere } from '../expert/expert-filter.js';
import type { ExpertFilter } from '../expert/expert.inputs.js';
import { EXPERT_CSV_HEADER, expertCsvLine } from './expert-csv.js';
import { consumeExportTicket } from './export-ticket.commands.js';

/** One answer for every unusable link, so a probe learns nothing about which tickets exist. */
const NOT_FOUND = 'This export link is not valid any more. Start the export again.';

/**
 * GET /export/experts/:token.csv — the download behind startExpertExport. The ticket alone is not enough: the
 * request must also carry the session of the member it was issued to, and that member must still be active
 * (a ticket outlives neither a suspension nor a sign-out). Then the list streams in keyset batches, each
 * through a fresh fork, writing only as fast as the client reads: memory stays flat at 20k rows.
 */
export const expertExportRoute = csvDownloadRoute('expert', async (services, viewer, req, res) => {
  const token = typeof req.params.token === 'string' ? req.params.token : '';
  const filter = isMember(viewer) ? await consumeExportTicket(services.orm.em.fork(), token, viewer.userId) : null;
  if (!isMember(viewer) || !filter) {
    plainText(res, 404, NOT_FOUND);
    return;
  }
  await streamExperts(services, viewer, filter, res);
});

async function streamExperts(services: AppServices, viewer: MemberViewer, filter: ExpertFilter, res: Response): Promise<void> {
  const today = utcToday();
  if (!(await startCsv(res, `strom-experts-${today}.csv`, EXPERT_CSV_HEADER))) return;
  const batchSize = services.config.exportBatchSize;
  let after: Pick<Expert, 'fullName' | 'id'> | null = null;
  // A client that goes away destroys the response: stop reading the database for it.
  while (!res.destroyed) {
    const em = services.orm.em.fork();
    const batch: Expert[] = await em.find(Expert, after ? { $and: [expertWhere(filter), keysetAfter(after)] } : expertWhere(filter), {
      orderBy: { fullName: 'asc', id: 'asc' },
      limit: batchSize,
      populate: ['organisation', 'country', 'municipality'],
      strategy: 'joined',
    });
    if (batch.length === 0) break;
    await em.populate(batch, ['roles']);
    if (!(await write(res, batch.map((expert) => expertCsvLine(viewer, expert, today)).join('')))) return;
    if (batch.length < batchSize) break;
    const last = batch.at(-1)!;
    after = { fullName: last.fullName, id: last.id };
  }
  if (!res.destroyed) res.end();
}

/** The rows after the last one sent, in the list's own order (name, then id): no offsets, no skipped rows. */
function keysetAfter(last: Pick<Expert, 'fullName' | 'id'>): FilterQuery<Expert> {
  return { $or: [{ fullName: { $gt: last.fullName } }, { fullName: last.fullName, id: { $gt: last.id } }] };
}
