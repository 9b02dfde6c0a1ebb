import { createRequire } from 'node:module';
import { CHAIN_ROLES, NRM_STAGES } from '@strom/shared';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PathwayStepType, ReferralPathwayType } from './pathway.types.js';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers the region's Latin letters (ā, ė, ł, ø, ß, õ…) and Cyrillic; the PDF embeds the subset it uses. */
const FONT_FILES = {
  normal: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  bolditalics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
};
const ALLOWED_FILES = new Set(Object.values(FONT_FILES));

/** The server build's API (the typings describe the browser build's). */
interface PdfEngine {
  setFonts(fonts: Record<string, typeof FONT_FILES>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
const engine = pdfmake as unknown as PdfEngine;
engine.setFonts({ DejaVuSans: FONT_FILES });
// Nothing from the network, nothing from disk but the font: a step's text can never make the server fetch a file.
engine.setUrlAccessPolicy(() => false);
engine.setLocalAccessPolicy((path) => ALLOWED_FILES.has(path));

export interface PdfOptions {
  /** The reader's or the country's IANA zone, for the version date. */
  timeZone: string;
  /** Uncompressed streams, so tests read the text back. */
  compress?: boolean;
}

function whoToCall(step: PathwayStepType): string {
  const lines: string[] = [];
  const organisation = step.organisation;
  if (organisation) lines.push(...[organisation.phone, organisation.email].filter((v): v is string => v !== null));
  if (step.contact) {
    const details = [step.contact.phone, step.contact.email].filter((v): v is string => v !== null);
    lines.push([step.contact.fullName, ...details].join(', '));
  }
  if (step.refersToNational) lines.push('National referral mechanism takes over');
  return lines.join('\n') || '—';
}

function stepRow(step: PathwayStepType): Content[] {
  const who = [step.organisation?.name, step.chainRole ? CHAIN_ROLES[step.chainRole] : null].filter(Boolean).join('\n');
  return [
    { text: String(step.position), alignment: 'right' },
    { text: NRM_STAGES[step.stage], bold: true },
    { text: who || '—' },
    { stack: [step.action, ...(step.handOver ? [{ text: `Then: ${step.handOver}`, italics: true }] : [])] },
    { text: whoToCall(step) },
  ];
}

/**
 * The one-page pathway for front-line staff: the place, the published version's date, and for each step who acts,
 * what they do and whom to call. Rendered by pdfmake (pdfkit underneath, pure JavaScript: no browser on the server).
 */
export function pathwayDocument(pathway: ReferralPathwayType, placeName: string, options: PdfOptions): TDocumentDefinitions {
  const version = pathway.published!;
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: options.timeZone }).format(
    version.publishedAt ?? version.createdAt,
  );
  const title = pathway.level === 'LOCAL' ? `Referral pathway: ${placeName}` : `National referral mechanism: ${placeName}`;
  return {
    info: { title, creator: 'Strom' },
    compress: options.compress ?? true,
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 28],
    defaultStyle: { font: 'DejaVuSans', fontSize: 8 },
    content: [
      { text: title, fontSize: 16, bold: true },
      { text: `Version ${version.number}, published ${date}`, margin: [0, 2, 0, 8], color: '#444444' },
      {
        table: {
          headerRows: 1,
          widths: [14, 90, 130, '*', 170],
          body: [
            ['#', 'Stage', 'Who acts', 'What they do', 'Whom to call'].map((text) => ({ text, bold: true })),
            ...version.steps.map(stepRow),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

export function renderPathwayPdf(pathway: ReferralPathwayType, placeName: string, options: PdfOptions): Promise<Buffer> {
  return engine.createPdf(pathwayDocument(pathway, placeName, options)).getBuffer();
}
