import { createHash } from 'node:crypto';
import type { Level, ResourceKind, ResourceVisibility } from '@strom/shared';
import { minimalPdf } from '../../../features/resource/minimal-pdf.js';
import type { Em } from '../../orm.js';
import { municipalityId } from '../reference-data.js';
import { stableId } from '../stable-id.js';
import type { DemoAuthor } from './forum-threads.js';

interface DemoResource {
  key: string;
  by: DemoAuthor;
  kind: ResourceKind;
  title: string;
  summary: string;
  level: Level;
  place: [string, string | null] | null;
  visibility: ResourceVisibility;
  languages: string[];
  tags: string[];
  forms: string[];
  targetGroups: string[];
  year: number;
  publisher: string;
  /** A link, or the lines of the small PDF the seed generates. */
  url?: string;
  pdf?: string[];
  createdAt: string;
}

const RESOURCES: DemoResource[] = [
  {
    key: 'cbss-guidelines',
    by: 'coordinator.lv',
    kind: 'GUIDELINE',
    title: 'Guidelines for municipalities: assisting victims of trafficking',
    summary: 'The CBSS guidelines on the role of municipalities in identifying and assisting victims, chapter by chapter (demo entry).',
    level: 'REGIONAL',
    place: null,
    visibility: 'PUBLIC',
    languages: ['en', 'lv', 'lt', 'et'],
    tags: ['municipalities', 'assistance'],
    forms: [],
    targetGroups: [],
    year: 2015,
    publisher: 'CBSS Task Force against Trafficking in Human Beings',
    url: 'https://cbss.org/',
    createdAt: '2026-10-01T09:00:00Z',
  },
  {
    key: 'rr100',
    by: 'member.pl',
    kind: 'REPORT',
    title: 'The economic and social costs of modern slavery (Research Report 100)',
    summary: 'The UK Home Office estimate of the cost of one victim, by cost-of-crime moment: the framework behind the cost workbench.',
    level: 'REGIONAL',
    place: null,
    visibility: 'PUBLIC',
    languages: ['en'],
    tags: ['costs'],
    forms: ['SEXUAL_EXPLOITATION', 'LABOUR_EXPLOITATION'],
    targetGroups: [],
    year: 2018,
    publisher: 'UK Home Office',
    url: 'https://www.gov.uk/government/publications/the-economic-and-social-costs-of-modern-slavery',
    createdAt: '2026-10-08T09:00:00Z',
  },
  {
    key: 'lv-seasonal-leaflet',
    by: 'member.lv',
    kind: 'CAMPAIGN',
    title: 'Know your rights at work: a leaflet for seasonal workers',
    summary: 'A one-page leaflet handed out at bus stations and farms in Kurzeme during the berry season (demo file).',
    level: 'NATIONAL',
    place: ['LV', null],
    visibility: 'PUBLIC',
    languages: ['lv', 'en'],
    tags: ['prevention', 'seasonal work'],
    forms: ['LABOUR_EXPLOITATION'],
    targetGroups: ['MIGRANT_WORKERS'],
    year: 2025,
    publisher: 'Demo: Liepāja social service',
    pdf: [
      'Know your rights at work',
      'Your employer may not keep your passport.',
      'You are paid for every hour you work, in writing.',
      'Blueberry season checklist: contract, wage, housing, free time.',
      'Call the state labour inspectorate if something is wrong.',
    ],
    createdAt: '2026-10-15T09:00:00Z',
  },
  {
    key: 'lt-referral-form',
    by: 'coordinator.lt',
    kind: 'TEMPLATE',
    title: 'Referral form for municipal social services',
    summary:
      'A two-page form a social service fills in when referring a presumed victim to a specialised NGO, without personal data in the first contact.',
    level: 'NATIONAL',
    place: ['LT', null],
    visibility: 'NETWORK',
    languages: ['lt', 'en'],
    tags: ['referral'],
    forms: [],
    targetGroups: [],
    year: 2024,
    publisher: 'Demo: Lithuanian national coordinator',
    url: 'https://example.org/demo/referral-form',
    createdAt: '2026-10-22T09:00:00Z',
  },
  {
    key: 'first-contact-training',
    by: 'moderator',
    kind: 'TRAINING',
    title: 'Identification training, module 1: the first contact',
    summary: 'Slides and exercises for a half-day session with front-line staff: indicators, questions to ask, whom to call next.',
    level: 'REGIONAL',
    place: null,
    visibility: 'NETWORK',
    languages: ['en', 'ru'],
    tags: ['identification', 'training'],
    forms: [],
    targetGroups: [],
    year: 2023,
    publisher: 'Demo: STROM training team',
    url: 'https://example.org/demo/first-contact-training',
    createdAt: '2026-10-29T09:00:00Z',
  },
  {
    key: 'liepaja-port-practice',
    by: 'member.lv',
    kind: 'PRACTICE',
    title: 'Liepāja: working with the port authority on labour exploitation',
    summary: 'How the social service and the port agreed on who calls whom when a crew reports unpaid wages.',
    level: 'LOCAL',
    place: ['LV', 'Liepāja'],
    visibility: 'SCOPE',
    languages: ['lv'],
    tags: ['cooperation'],
    forms: ['LABOUR_EXPLOITATION'],
    targetGroups: [],
    year: 2025,
    publisher: 'Demo: Liepāja social service',
    url: 'https://example.org/demo/liepaja-port',
    createdAt: '2026-11-05T09:00:00Z',
  },
];

/**
 * A handful of library resources: public ones (dissemination, the Atom feed), members' ones, one for Liepāja only,
 * and one small generated PDF stored as a blob in one chunk with its text indexed, as an upload would be.
 */
export async function seedDemoLibrary(em: Em): Promise<void> {
  for (const resource of RESOURCES) {
    const id = stableId(`resource:${resource.key}`);
    let blobId: string | null = null;
    let text = '';
    if (resource.pdf) {
      const bytes = minimalPdf(resource.pdf);
      blobId = stableId(`resource-blob:${resource.key}`);
      text = resource.pdf.join(' ');
      await em.execute(
        `insert into resource_blob (id, sha256, size, content_type, text_content, complete) values (?, ?, ?, 'application/pdf', ?, true)
           on conflict (id) do nothing`,
        [blobId, createHash('sha256').update(bytes).digest('hex'), bytes.length, text],
      );
      await em.execute(`insert into resource_blob_chunk (blob_id, seq, data) values (?, 0, ?) on conflict do nothing`, [blobId, bytes]);
    }
    const [country, municipality] = resource.place ?? [null, null];
    const fileName = resource.pdf ? `${resource.key}.pdf` : null;
    await em.execute(
      `insert into resource (id, kind, title, summary, level, country_code, municipality_id, visibility, languages, tags, forms,
         target_groups, year, publisher, url, blob_id, file_name, author_id, search_text, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [
        id,
        resource.kind,
        resource.title,
        resource.summary,
        resource.level,
        country,
        country && municipality ? municipalityId(country, municipality) : null,
        resource.visibility,
        `{${resource.languages.join(',')}}`,
        `{${resource.tags.map((tag) => `"${tag}"`).join(',')}}`,
        `{${resource.forms.join(',')}}`,
        `{${resource.targetGroups.join(',')}}`,
        resource.year,
        resource.publisher,
        resource.url ?? null,
        blobId,
        fileName,
        stableId(`user:${resource.by}@demo.strom.invalid`),
        [resource.title, resource.summary, resource.tags.join(' '), resource.publisher, fileName, text].filter(Boolean).join('\n'),
        resource.createdAt,
        resource.createdAt,
      ],
    );
  }
}
