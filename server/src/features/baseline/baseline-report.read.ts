import { BASELINE_SCHEMAS, baselineSchema } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import { BadUserInput, NotFound } from '../../core/errors.js';
import { parseCountryCode } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import type { BaselineAnswers } from './baseline-answers.js';
import { isCounted } from './baseline.read.js';
import { baselineCountryAbilities, baselineRegionAbilities } from './baseline.policy.js';
import { summarise } from './baseline-summary.js';
import {
  BaselinePartKind,
  type BaselineCountryCounts,
  type BaselineCountryReport,
  type BaselineRegionRow,
  type BaselineStatus,
} from './baseline.types.js';

interface CountryRow {
  country_name: string;
  municipality_id: string | null;
  name: string | null;
  status: Exclude<BaselineStatus, 'NOT_STARTED'> | null;
  answers: BaselineAnswers | null;
  submitted_at: Date | null;
}

/** Every assessment of a country's year with its municipality, after the reader's rights: two statements at any size. */
export async function countryAssessments(em: Em, viewer: Viewer, countryCode: string, year: number) {
  const code = parseCountryCode(countryCode, 'countryCode');
  baselineCountryAbilities.authorize(viewer, 'readReport', { countryCode: code, reader: await pathwayReaderFacts(em, viewer) });
  const rows = await em.execute<CountryRow[]>(
    `select c.name as country_name, m.id as municipality_id, m.name, a.status, a.answers, a.submitted_at
       from country c
       left join baseline_assessment a on a.country_code = c.code and a.year = ?
       left join municipality m on m.id = a.municipality_id
      where c.code = ? order by m.name, m.id`,
    [year, code],
  );
  if (rows.length === 0) throw new NotFound('The country');
  const assessments = rows.filter((r) => r.municipality_id !== null);
  return { code, countryName: rows[0]!.country_name, assessments };
}

/** A country's year for a ministry: who answered, and per question the counts over submitted and accepted answers. */
export async function countryReport(em: Em, viewer: Viewer, countryCode: string, year: number): Promise<BaselineCountryReport> {
  const { code, countryName, assessments } = await countryAssessments(em, viewer, countryCode, year);
  const counted = assessments.filter((a) => isCounted(a.status!)).map((a) => a.answers!);
  return {
    countryCode: code,
    countryName,
    year,
    counted: counted.length,
    municipalities: assessments.map((a) => ({
      municipalityId: a.municipality_id!,
      name: a.name!,
      status: a.status!,
      submittedAt: a.submitted_at ? new Date(a.submitted_at) : null,
    })),
    questions: BASELINE_SCHEMAS.map(({ key }) => summarise(key, counted)),
  };
}

interface RegionRow {
  code: string;
  name: string;
  answers: BaselineAnswers;
}

/** Rows of submitted and accepted assessments, ordered by country, grouped as countries with their answers. */
function byCountry(rows: readonly RegionRow[]): { code: string; name: string; answers: BaselineAnswers[] }[] {
  const countries = new Map<string, { code: string; name: string; answers: BaselineAnswers[] }>();
  for (const { code, name, answers } of rows) {
    const country = countries.get(code) ?? { code, name, answers: [] };
    country.answers.push(answers);
    countries.set(code, country);
  }
  return [...countries.values()];
}

/** One question across the region, per country ("how many have a written referral procedure"): two statements. */
export async function regionCounts(em: Em, viewer: Viewer, question: string, year: number): Promise<BaselineCountryCounts[]> {
  if (!baselineSchema(question)) throw BadUserInput.field('question', `There is no question ${question}`);
  baselineRegionAbilities.authorize(viewer, 'readRegion', { reader: await pathwayReaderFacts(em, viewer) });
  const rows = await em.execute<RegionRow[]>(
    `select c.code, c.name, jsonb_strip_nulls(jsonb_build_object(?::text, a.answers -> ?::text)) as answers
       from baseline_assessment a join country c on c.code = a.country_code
      where a.year = ? and a.status in ('SUBMITTED', 'ACCEPTED') order by c.name, c.code`,
    [question, question, year],
  );
  return byCountry(rows).map(({ code, name, answers }) => ({
    countryCode: code,
    countryName: name,
    counted: answers.length,
    summary: summarise(question, answers),
  }));
}

/**
 * Every question with options across the region (the comparison page), one row per country and part, optionally
 * for one country: counts only, so every coordinator may read them. Flat rows rather than countries × questions ×
 * parts, so the page is one list. Two statements however many municipalities answered.
 */
export async function regionComparison(em: Em, viewer: Viewer, year: number, countryCode: string | null): Promise<BaselineRegionRow[]> {
  const code = countryCode === null ? null : parseCountryCode(countryCode, 'countryCode');
  baselineRegionAbilities.authorize(viewer, 'readRegion', { reader: await pathwayReaderFacts(em, viewer) });
  const rows = await em.execute<RegionRow[]>(
    `select c.code, c.name, a.answers
       from baseline_assessment a join country c on c.code = a.country_code
      where a.year = ? and a.status in ('SUBMITTED', 'ACCEPTED') and (?::text is null or c.code = ?) order by c.name, c.code`,
    [year, code, code],
  );
  return byCountry(rows).flatMap(({ code: country, name, answers }) =>
    BASELINE_SCHEMAS.flatMap(({ key }) =>
      summarise(key, answers)
        .parts.filter((p) => p.kind === BaselinePartKind.CHOICE || p.kind === BaselinePartKind.MULTI)
        .map((p) => ({
          countryCode: country,
          countryName: name,
          counted: answers.length,
          question: key,
          part: p.part,
          kind: p.kind,
          answered: p.answered,
          counts: p.counts,
        })),
    ),
  );
}
