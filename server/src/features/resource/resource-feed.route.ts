import type { RequestHandler } from 'express';
import type { AppServices } from '../../core/context.js';
import { plainText } from '../export/csv-download.js';

/** Entries in the feed: the newest public resources. */
const FEED_ENTRIES = 50;

interface FeedRow {
  id: string;
  kind: string;
  title: string;
  summary: string | null;
  publisher: string | null;
  url: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

/** GET /feeds/resources.atom — the PUBLIC resources of the library as an Atom feed, for anyone: dissemination. */
export function resourceFeedRoute(services: AppServices): RequestHandler {
  return async (_req, res) => {
    try {
      const rows = await services.orm.em.fork().execute<FeedRow[]>(
        `select id, kind, title, summary, publisher, url, created_at, updated_at from resource where visibility = 'PUBLIC'
             order by created_at desc, id desc limit ${FEED_ENTRIES}`,
      );
      res
        .status(200)
        .type('application/atom+xml; charset=utf-8')
        .set('cache-control', 'public, max-age=300')
        .send(atomFeed(services.config.publicUrl, rows));
    } catch (error) {
      services.logger.error({ err: error }, 'resource feed failed');
      plainText(res, 500, 'The feed could not be made. Try again.');
    }
  };
}

export function atomFeed(publicUrl: string, rows: readonly FeedRow[]): string {
  const base = publicUrl.replace(/\/$/, '');
  const updated = rows.length ? iso(rows[0]!.updated_at) : new Date(0).toISOString();
  const entries = rows.map((row) => {
    const page = `${base}/library/${row.id}`;
    return `  <entry>
    <id>urn:uuid:${row.id}</id>
    <title>${xml(row.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(page)}"/>${row.url ? `\n    <link rel="related" href="${xml(row.url)}"/>` : ''}
    <category term="${row.kind}"/>
    <published>${iso(row.created_at)}</published>
    <updated>${iso(row.updated_at)}</updated>
    <author><name>${xml(row.publisher ?? 'Strom library')}</name></author>${row.summary ? `\n    <summary>${xml(row.summary)}</summary>` : ''}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${base}/library`)}</id>
  <title>Strom library: public resources</title>
  <link rel="self" href="${xml(`${base}/feeds/resources.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${base}/library`)}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

const iso = (value: string | Date) => new Date(value).toISOString();

// Characters XML 1.0 cannot hold are dropped.
const xml = (text: string) =>
  // oxlint-disable-next-line no-control-regex -- control characters are what is removed
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
