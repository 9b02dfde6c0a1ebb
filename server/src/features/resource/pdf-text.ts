import type { Logger } from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * The text of a PDF for the search (unpdf: PDF.js without native binaries), or null when it has none or cannot be
 * read: the resource is then found by its title, summary and tags.
 */
export async function pdfText(bytes: Buffer, logger: Logger): Promise<string | null> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      const clean = text.replace(/\s+/g, ' ').trim();
      return clean.length > 0 ? clean : null;
    } finally {
      await pdf.loadingTask.destroy();
    }
  } catch (error) {
    logger.warn({ err: error }, 'no text could be read from an uploaded PDF');
    return null;
  }
}
