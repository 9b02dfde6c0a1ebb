import type { ResourceFileType } from '@strom/shared';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

const OOXML_MAIN: Record<string, ResourceFileType> = {
  'wordprocessingml.document.main+xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'spreadsheetml.sheet.main+xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'presentationml.presentation.main+xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const ODT = 'application/vnd.oasis.opendocument.text';
/** Inner files read whole: the type declarations are small; a document's text is kept up to this many bytes. */
const DECLARATION_MAX = 64 * 1024;
const DOCUMENT_XML_MAX = 4 * 1024 * 1024;

/**
 * Tells a file's type from its bytes as they stream in, never from its name: PDF, PNG and JPEG by their
 * signatures; DOCX, XLSX and PPTX by the `[Content_Types].xml` inside their zip container, ODT by its `mimetype`
 * entry. A zip is read as it passes (fflate's streaming unzip), inflating only those small entries and a DOCX's
 * `word/document.xml` (for the search), so nothing keeps the whole file. Anything else (an executable renamed
 * .pdf, a plain zip) is refused.
 */
export class FileSniffer {
  private head = Buffer.alloc(0);
  private signature: ResourceFileType | 'zip' | 'refused' | null = null;
  private unzip: Unzip | null = null;
  private declared: ResourceFileType | null = null;
  private readonly documentXml: Uint8Array[] = [];
  private documentBytes = 0;
  private broken = false;

  /** False once the bytes cannot be an accepted type (stop storing them). */
  get acceptable(): boolean {
    return this.signature !== 'refused' && !this.broken;
  }

  push(chunk: Buffer): void {
    if (!this.acceptable) return;
    if (this.signature === null) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 8) return;
      this.signature = signatureOf(this.head);
      if (this.signature !== 'zip') return;
      this.startUnzip();
      this.feed(this.head);
      return;
    }
    if (this.signature === 'zip') this.feed(chunk);
  }

  /** The type, once every byte is in; null when refused. */
  finish(): ResourceFileType | null {
    if (this.signature === null && this.head.length > 0) this.signature = signatureOf(this.head);
    if (this.signature === 'zip') this.feed(new Uint8Array(0), true);
    const signature = this.signature;
    if (signature === null || signature === 'refused' || this.broken) return null;
    return signature === 'zip' ? this.declared : signature;
  }

  /** A DOCX's document text (paragraphs on their own lines), or null. */
  docxText(): string | null {
    if (this.declared !== OOXML_MAIN['wordprocessingml.document.main+xml'] || this.documentBytes === 0) return null;
    return wordText(Buffer.concat(this.documentXml).toString('utf8'));
  }

  private feed(chunk: Uint8Array, final = false): void {
    try {
      this.unzip!.push(chunk, final);
    } catch {
      this.broken = true;
    }
  }

  private startUnzip(): void {
    this.unzip = new Unzip((file) => this.onEntry(file));
    this.unzip.register(UnzipInflate);
  }

  private onEntry(file: UnzipFile): void {
    if (file.name === '[Content_Types].xml' || file.name === 'mimetype') {
      const parts: Uint8Array[] = [];
      let bytes = 0;
      file.ondata = (error, data, final) => {
        if (error) return void (this.broken = true);
        bytes += data.length;
        if (bytes <= DECLARATION_MAX) parts.push(data);
        if (final) this.declare(file.name, Buffer.concat(parts).toString('utf8'));
      };
      file.start();
    } else if (file.name === 'word/document.xml') {
      file.ondata = (error, data) => {
        if (error || this.documentBytes + data.length > DOCUMENT_XML_MAX) return;
        this.documentXml.push(data);
        this.documentBytes += data.length;
      };
      file.start();
    }
  }

  private declare(entry: string, text: string): void {
    if (entry === 'mimetype') {
      if (text.trim() === ODT) this.declared = ODT;
      return;
    }
    const main = Object.keys(OOXML_MAIN).find((suffix) => text.includes(`officedocument.${suffix}`));
    if (main) this.declared = OOXML_MAIN[main]!;
  }
}

function signatureOf(head: Buffer): ResourceFileType | 'zip' | 'refused' {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  return 'refused';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of WordprocessingML: runs' `<w:t>` contents, a paragraph per line. */
export function wordText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:(tab|br)\/>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) =>
      entity.startsWith('#x') || entity.startsWith('#X')
        ? String.fromCodePoint(parseInt(entity.slice(2), 16))
        : entity.startsWith('#')
          ? String.fromCodePoint(Number(entity.slice(1)))
          : ENTITIES[entity.toLowerCase()]!,
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}
