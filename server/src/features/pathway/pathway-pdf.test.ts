import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.test-support.js';
import { renderPathwayPdf } from './pathway-pdf.js';
import type { ReferralPathwayType } from './pathway.types.js';

const step = (position: number, organisation: string, action: string, phone: string) => ({
  id: `step-${position}`,
  position,
  stage: 'IDENTIFICATION' as const,
  organisation: {
    id: `o${position}`,
    name: organisation,
    type: 'NGO',
    status: 'ACTIVE',
    countryCode: 'LV',
    phone,
    email: null,
    website: null,
  },
  chainRole: 'FIRST_IDENTIFIER' as const,
  action,
  handOver: 'Pārsūtīšana sociālajam dienestam',
  contact: { expertId: 'e1', fullName: 'Jūratė Žilinskienė', email: 'jurate@demo.strom.invalid', phone: null },
  formsOfExploitation: [],
  targetGroups: [],
  refersToNational: false,
  crossBorder: false,
  resources: [],
});

const pathway: ReferralPathwayType = {
  id: 'p',
  level: 'LOCAL',
  countryCode: 'LV',
  municipality: null,
  isPublic: false,
  latestVersion: 2,
  draft: null,
  editorExpertIds: null,
  editors: null,
  viewerCan: { readDraft: false, edit: false, publish: false, setPublic: false, nameEditors: false },
  published: {
    id: 'p:2',
    number: 2,
    reason: 'r',
    authorName: null,
    createdAt: new Date('2026-02-20T09:00:00Z'),
    publishedAt: new Date('2026-02-20T23:30:00Z'),
    gaps: [],
    steps: [
      step(1, 'Liepājas pilsētas Sociālais dienests', 'Gdańsk, Łódź, Tõnismäe, Øresund, Straße', '+37163400000'),
      step(2, 'Центр помощи Санкт-Петербург', 'Консультация и убежище', '+78120000000'),
    ],
  },
};

describe('pathway PDF', () => {
  it('renders the region’s diacritics and Cyrillic with real glyphs of the embedded font', async () => {
    const pdf = await renderPathwayPdf(pathway, 'Liepāja', { timeZone: 'Europe/Riga', compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
    const { text, missingGlyphs } = pdfText(pdf);
    expect(missingGlyphs).toBe(0);
    for (const expected of [
      'Referral pathway: Liepāja',
      'Liepājas pilsētas Sociālais dienests',
      'Gdańsk, Łódź, Tõnismäe, Øresund, Straße',
      // The narrow "who acts" column wraps the name after its hyphen.
      'Центр помощи Санкт-',
      'Петербург',
      'Консультация и убежище',
      'Jūratė Žilinskienė',
      '+37163400000',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
  });

  it('dates the version in the place’s time zone', async () => {
    const pdf = await renderPathwayPdf(pathway, 'Liepāja', { timeZone: 'Europe/Riga', compress: false });
    // 23:30 UTC on the 20th is already the 21st in Riga.
    expect(pdfText(pdf).text.replace(/\s+/g, ' ')).toContain('Version 2, published 21 February 2026');
  });
});
