import { BASELINE_SCHEMAS } from '@strom/shared';
import { isMember } from '../../core/auth.js';
import { audit } from '../audit/audit.service.js';
import { csvDownloadRoute, plainText, startCsv, write } from '../export/csv-download.js';
import { csvLine } from '../export/csv.js';
import { countryAssessments } from './baseline-report.read.js';
import { isCounted } from './baseline.read.js';

/** One answer for every refusal, so a probe learns nothing about which reports exist. */
const NOT_YOURS = 'No such report, or not for you.';
const HEADER = csvLine(['country', 'municipality', 'year', 'status', 'question', 'part', 'value']);

/**
 * GET /export/baseline/:country/:year.csv — one country's submitted and accepted answers of a year, one row per
 * answered part (lists joined with "; "), for the readers of the country's report; audit-logged. Small (a country's
 * municipalities × 20 questions), so written in one piece.
 */
export const baselineCsvRoute = csvDownloadRoute('baseline', async (services, viewer, req, res) => {
  const country = String(req.params.country ?? '');
  const year = Number(req.params.year);
  if (!isMember(viewer) || !/^[A-Za-z]{2}$/.test(country) || !Number.isInteger(year)) return plainText(res, 404, NOT_YOURS);
  const em = services.orm.em.fork();
  let data: Awaited<ReturnType<typeof countryAssessments>>;
  try {
    data = await countryAssessments(em, viewer, country, year);
  } catch {
    // Not allowed or no such country: one answer, so a probe learns nothing.
    return plainText(res, 404, NOT_YOURS);
  }
  await em.transactional((tx) =>
    audit(tx, {
      action: 'BASELINE_EXPORTED',
      actorId: viewer.userId,
      subjectType: 'country',
      subjectId: null,
      details: { countryCode: data.code, year },
    }),
  );
  const lines = data.assessments
    .filter((a) => isCounted(a.status!))
    .flatMap((a) =>
      BASELINE_SCHEMAS.flatMap((q) =>
        q.parts.flatMap((part) => {
          const value = a.answers![q.key]?.[part.key];
          if (value === undefined) return [];
          const text = Array.isArray(value) ? value.join('; ') : String(value);
          return [csvLine([data.code, a.name, String(year), a.status, q.key, part.key, text])];
        }),
      ),
    );
  if (!(await startCsv(res, `strom-baseline-${data.code.toLowerCase()}-${year}.csv`, HEADER))) return;
  if (await write(res, lines.join(''))) res.end();
});
