import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_HEAD_ABOVE_STYLES, type DataHeadTemplate } from '@strom/shared';
import { builtDocument, type HtmlDocument } from './html-document.js';

/** A browser without a session cookie is surely a visitor; with one, most likely a member. */
export type Audience = 'visitor' | 'member';

/** The copy of index.html for a page, and for a data page what its head needs: the template and the address's parts. */
export interface FoundShell {
  pattern: string;
  document: HtmlDocument;
  dataHead: DataHeadTemplate | null;
  params: Record<string, string>;
}

interface ManifestShell {
  path: string;
  audience: Audience;
  file: string;
  dataHead?: DataHeadTemplate;
}

/**
 * The copies of index.html made for a page (client/scripts/page-shells.ts): with its fixed heading and
 * introduction, or naming the chunks it loads (and, for a data page, ready for the head the server writes). Read
 * from the build's manifest once, at start; a page has one for its address, or for its address's pattern
 * (`/t/:id`). A build without shells serves index.html.
 */
export function pageShells(clientDist: string): (audience: Audience, page: string) => FoundShell | null {
  const dir = path.join(clientDist, 'page-shells');
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return () => null;
  const shells = shellsOf(JSON.parse(readFileSync(manifest, 'utf8'))).map((shell) => ({
    ...shell,
    segments: shell.path.split('/'),
    document: builtDocument(path.join(dir, path.basename(shell.file))),
  }));
  const byAddress = new Map(shells.filter((shell) => !shell.path.includes('/:')).map((shell) => [key(shell.audience, shell.path), shell]));
  const byPattern = shells.filter((shell) => shell.path.includes('/:'));
  return (audience, page) => {
    const segments = page.split('/');
    const shell =
      byAddress.get(key(audience, page)) ??
      byPattern.find((candidate) => candidate.audience === audience && matches(candidate.segments, segments));
    if (!shell) return null;
    return { pattern: shell.path, document: shell.document, dataHead: shell.dataHead ?? null, params: paramsOf(shell.segments, segments) };
  };
}

const key = (audience: Audience, page: string) => `${audience} ${page}`;

/** `/t/:id` matches `/t/5b1…`: the same number of segments, each equal or a parameter (a segment of its own). */
function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  return (
    pattern.length === segments.length && pattern.every((part, i) => part === segments[i] || (part.startsWith(':') && segments[i] !== ''))
  );
}

/** `{ id: '5b1…' }` for `/t/:id` and `/t/5b1…`, decoded as the client's router decodes them. */
function paramsOf(pattern: readonly string[], segments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeSegment(segments[i] ?? '');
  }
  return params;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function shellsOf(manifest: unknown): ManifestShell[] {
  const shells: unknown = typeof manifest === 'object' && manifest !== null && 'shells' in manifest ? manifest.shells : null;
  if (!Array.isArray(shells) || !shells.every(isManifestShell)) throw new Error('page-shells/manifest.json is not a list of page shells');
  return shells;
}

function isManifestShell(value: unknown): value is ManifestShell {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'audience' in value &&
    (value.audience === 'visitor' || value.audience === 'member') &&
    'file' in value &&
    typeof value.file === 'string' &&
    (!('dataHead' in value) || isDataHeadTemplate(value.dataHead))
  );
}

function isDataHeadTemplate(value: unknown): value is DataHeadTemplate {
  if (typeof value !== 'object' || value === null || !('documentTitle' in value) || typeof value.documentTitle !== 'string') return false;
  const above: unknown = 'above' in value ? value.above : null;
  return (
    typeof above === 'object' &&
    above !== null &&
    'style' in above &&
    PAGE_HEAD_ABOVE_STYLES.some((style) => style === above.style) &&
    'links' in above &&
    Array.isArray(above.links) &&
    above.links.every(
      (link: unknown) =>
        typeof link === 'object' &&
        link !== null &&
        'href' in link &&
        typeof link.href === 'string' &&
        'label' in link &&
        typeof link.label === 'string',
    )
  );
}
