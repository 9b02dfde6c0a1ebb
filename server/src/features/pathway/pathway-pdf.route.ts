import type { RequestHandler } from 'express';
import type { AppServices } from '../../core/context.js';
import { resolveViewer } from '../session/resolve-viewer.js';
import { plainText } from '../export/csv-download.js';
import { findPathwayById } from './pathway.read.js';
import { renderPathwayPdf } from './pathway-pdf.js';
import { isUuid } from '../../core/ids.js';

/**
 * GET /pathways/:id.pdf — the published version as the reader may read it (signed in with this browser's session,
 * or anyone for a public pathway, then without personal contacts). 404 for a pathway with nothing for them.
 */
export function pathwayPdfRoute(services: AppServices): RequestHandler {
  return async (req, res) => {
    try {
      const id = String(req.params.id ?? '');
      if (!isUuid(id)) return plainText(res, 404, 'No such pathway.');
      const viewer = await resolveViewer(services, req.headers.cookie);
      const em = services.orm.em.fork();
      const pathway = await findPathwayById(em, viewer, id.toLowerCase());
      if (!pathway?.published) return plainText(res, 404, 'This pathway has no published version you may read.');
      const [place] = await em.execute<{ name: string; time_zone: string }[]>(
        `select coalesce(m.name, c.name) as name, c.time_zone from country c left join municipality m on m.id = ? where c.code = ?`,
        [pathway.municipality?.id ?? null, pathway.countryCode],
      );
      const pdf = await renderPathwayPdf(pathway, place?.name ?? pathway.countryCode, { timeZone: place?.time_zone ?? 'UTC' });
      const file = `pathway-${(place?.name ?? 'pathway')
        .normalize('NFD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .toLowerCase()}-v${pathway.published.number}.pdf`;
      res
        .status(200)
        .type('application/pdf')
        .set('cache-control', 'private, no-store')
        .set('content-disposition', `attachment; filename="${file}"`)
        .send(pdf);
    } catch (error) {
      services.logger.error({ err: error }, 'pathway PDF failed');
      if (!res.headersSent) plainText(res, 500, 'The PDF could not be made. Try again.');
    }
  };
}
