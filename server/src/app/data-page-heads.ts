import { DOCUMENT_TITLE_SLOT, withPageHead, type DataHeadTemplate, type PageHeadAbove } from '@strom/shared';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { createContext, type AppServices } from '../core/context.js';
import type { DataPageHead, PageHeadSource } from '../core/page-head-source.js';
import type { Em } from '../db/orm.js';
import { resolveViewer } from '../features/session/resolve-viewer.js';
import { writtenDocument, type HtmlDocument } from './html-document.js';
import type { FoundShell } from './page-shells.js';

/**
 * Writes a data page's head (a forum's, a thread's, a meeting's title) into its shell for the reader who asks: the
 * session is looked up and the page's own read runs with the reader's rights, exactly as the page's query will.
 * Null where the page is sent as built: no head for this address, a thing that does not exist or that the reader
 * may not see (one answer for both: a closed forum's name never reaches an outsider), or a read that failed (the
 * page then asks, and reports the failure, itself).
 */
export function dataPageHeads(
  services: AppServices,
  sources: readonly PageHeadSource[],
): (req: Request, res: Response, shell: FoundShell, page: string) => Promise<HtmlDocument | null> {
  const byPattern = new Map(sources.map((source) => [source.path, source]));
  return async (req, res, shell, page) => {
    const source = byPattern.get(shell.pattern);
    const template = shell.dataHead;
    if (!source || !template) return null;
    const logger: Logger = res.locals.log ?? services.logger;
    const head = await readHead(services, source, req, shell.params).catch((error: unknown) => {
      logger.error({ err: error, page: shell.pattern }, 'reading a page head failed; the page is sent without it');
      return null;
    });
    if (!head) return null;
    const html = withPageHead(shell.document.body.toString('utf8'), {
      path: page,
      head: { title: head.title, layout: 'page', ...(head.intro ? { intro: head.intro } : {}), above: aboveOf(template, head) },
      documentTitle: template.documentTitle.replace(DOCUMENT_TITLE_SLOT, head.title),
    });
    return writtenDocument(html);
  };
}

async function readHead(
  services: AppServices,
  source: PageHeadSource,
  req: Request,
  params: Readonly<Record<string, string>>,
): Promise<DataPageHead | null> {
  let em: Em | undefined;
  const fork = () => (em ??= services.orm.em.fork());
  const viewer = await resolveViewer(services, req.headers.cookie, fork);
  return source.read(createContext(services, { viewer, em: fork }), params);
}

/** The page's fixed links, then the data's (a thread's forum after "Forums"). */
function aboveOf(template: DataHeadTemplate, head: DataPageHead): PageHeadAbove {
  return { style: template.above.style, links: [...template.above.links, ...(head.links ?? [])] };
}
