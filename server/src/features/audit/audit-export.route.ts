import type { Request, Response } from 'express';
import { AUDIT_ACTIONS, type AuditAction } from '@strom/shared';
import { isMember, type MemberViewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import { csvLine } from '../export/csv.js';
import { csvDownloadRoute, plainText, startCsv, write } from '../export/csv-download.js';
import { AuditEvent } from './audit-event.entity.js';
import { audit } from './audit.service.js';
import { auditNode, auditWhere, peopleOf } from './audit-events.service.js';
import { auditAbilities } from './audit.policy.js';
import type { AuditFilter, AuditPerson } from './audit.types.js';

const HEADER = csvLine(['Time (UTC)', 'Action', 'Who', 'About whom', 'What happened', 'Subject type', 'Subject id']);
const FORMER_MEMBER = 'former member';

/**
 * GET /export/audit.csv?action=&from=&to= — the audit log as the admin page filters it, for admins (the audit
 * permission) signed in with this browser's session. Streams in keyset batches by sequence, newest first; the
 * export itself is audited. Cells are formula-safe (csv.ts).
 */
export const auditExportRoute = csvDownloadRoute('audit', async (services, viewer, req, res) => {
  if (!isMember(viewer) || !auditAbilities.can(viewer, 'read')) {
    plainText(res, isMember(viewer) ? 403 : 401, 'Only admins with two-factor authentication export the audit log.');
    return;
  }
  const filter = filterOf(req);
  if (!filter) {
    plainText(res, 400, 'The filter is not valid: an action of the log, ISO dates.');
    return;
  }
  await recordExport(services, viewer, filter);
  await streamAudit(services, filter, res);
});

function filterOf(req: Request): AuditFilter | null {
  const param = (name: string) => (typeof req.query[name] === 'string' && req.query[name] !== '' ? req.query[name] : null);
  const action = param('action');
  if (action !== null && !AUDIT_ACTIONS.includes(action as AuditAction)) return null;
  const dates = [param('from'), param('to')].map((value) => (value === null ? null : new Date(value)));
  if (dates.some((date) => date !== null && Number.isNaN(date.getTime()))) return null;
  return { action, from: dates[0], to: dates[1] };
}

async function recordExport(services: AppServices, viewer: MemberViewer, filter: AuditFilter): Promise<void> {
  await services.orm.em
    .fork()
    .transactional((em) =>
      audit(em, { action: 'AUDIT_EXPORTED', actorId: viewer.userId, details: { filtered: Object.values(filter).some((v) => v !== null) } }),
    );
}

async function streamAudit(services: AppServices, filter: AuditFilter, res: Response): Promise<void> {
  if (!(await startCsv(res, `strom-audit-${new Date().toISOString().slice(0, 10)}.csv`, HEADER))) return;
  const batchSize = services.config.exportBatchSize;
  let before: number | null = null;
  while (!res.destroyed) {
    const em = services.orm.em.fork();
    const where = auditWhere(filter);
    const batch: AuditEvent[] = await em.find(AuditEvent, before === null ? where : { $and: [where, { sequence: { $lt: before } }] }, {
      orderBy: { sequence: 'desc' },
      limit: batchSize,
    });
    if (batch.length === 0) break;
    const people = await peopleOf(em, batch);
    const lines = batch.map((event) => {
      const node = auditNode(event, people);
      return csvLine([
        node.occurredAt.toISOString(),
        node.action,
        personName(node.actorPerson),
        personName(node.subjectPerson),
        node.summary,
        node.subjectType,
        node.subjectId,
      ]);
    });
    if (!(await write(res, lines.join('')))) return;
    if (batch.length < batchSize) break;
    before = Number(batch.at(-1)!.sequence);
  }
  if (!res.destroyed) res.end();
}

function personName(person: AuditPerson | null): string {
  if (!person) return '';
  return person.former ? FORMER_MEMBER : (person.name ?? '');
}
