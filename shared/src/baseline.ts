import { CHAIN_ROLES, FORMS_OF_EXPLOITATION, ORGANISATION_TYPES, SERVICES, TARGET_GROUPS } from './vocabularies.js';

/**
 * The baseline assessment's answer schemas: `guidelines.json` gives each question an answer-type hint ("yes/no +
 * text"); here each hint becomes concrete typed parts, so the editor and the server check answers the same way.
 * Choices come from the vocabularies where one fits. An answer is stored as `{ [part]: value }` per question.
 */
export type BaselinePartKind = 'CHOICE' | 'MULTI' | 'NUMBER' | 'PERCENT' | 'RATING' | 'TEXT';

export interface BaselinePartSchema {
  key: string;
  kind: BaselinePartKind;
  /** The allowed keys of a CHOICE or MULTI part. */
  options?: readonly string[];
  /** The largest NUMBER a part takes (PERCENT is 0–100, RATING 1–5). */
  max?: number;
  /** A submitted answer may leave it empty. */
  optional?: boolean;
}

export interface BaselineQuestionSchema {
  key: string;
  /** Submitting needs every non-optional part of a required question. */
  required: boolean;
  parts: readonly BaselinePartSchema[];
}

export type BaselinePartValue = string | number | readonly string[];
/** One question's answer: part key → value; a part left out is unanswered. */
export type BaselineAnswerValue = Readonly<Record<string, BaselinePartValue>>;

export const BASELINE_TEXT_MAX = 2000;
export const BASELINE_NUMBER_MAX = 1_000_000_000;
/** Assessments cover the years since the guidelines (2015) up to next year. */
export const BASELINE_FIRST_YEAR = 2015;
export const baselineLastYear = (today = new Date()) => today.getUTCFullYear() + 1;

export const YES_NO = ['YES', 'NO'] as const;
export const YES_PARTLY_NO = ['YES', 'PARTLY', 'NO'] as const;
export const MEETING_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'TWICE_A_YEAR', 'YEARLY', 'AD_HOC'] as const;
export const FUNDING_SOURCES = ['STATE_PROGRAMME', 'MUNICIPAL_BUDGET', 'NGO_PROJECT_FUNDS', 'EU_FUNDS', 'OTHER'] as const;

const keys = (vocabulary: Record<string, string>) => Object.keys(vocabulary);
const choice = (key: string, options: readonly string[], optional = false): BaselinePartSchema => ({
  key,
  kind: 'CHOICE',
  options,
  optional,
});
const multi = (key: string, options: readonly string[], optional = false): BaselinePartSchema => ({
  key,
  kind: 'MULTI',
  options,
  optional,
});
const number = (key: string, max: number, optional = false): BaselinePartSchema => ({ key, kind: 'NUMBER', max, optional });
const percent = (key: string, optional = false): BaselinePartSchema => ({ key, kind: 'PERCENT', max: 100, optional });
const rating = (key: string): BaselinePartSchema => ({ key, kind: 'RATING', max: 5 });
const text = (key: string, optional = false): BaselinePartSchema => ({ key, kind: 'TEXT', optional });

export const BASELINE_SCHEMAS: readonly BaselineQuestionSchema[] = [
  { key: 'BQ01', required: true, parts: [choice('defined', YES_NO), text('unit', true)] },
  {
    key: 'BQ02',
    required: true,
    parts: [number('cases12Months', 100_000), number('cases24Months', 100_000, true), multi('forms', keys(FORMS_OF_EXPLOITATION), true)],
  },
  {
    key: 'BQ03',
    required: true,
    parts: [choice('exists', YES_NO), choice('frequency', MEETING_FREQUENCIES, true), multi('actors', keys(ORGANISATION_TYPES), true)],
  },
  { key: 'BQ04', required: true, parts: [rating('police'), rating('stateAgencies'), rating('ngos')] },
  { key: 'BQ05', required: true, parts: [choice('procedure', YES_PARTLY_NO), choice('staffKnowContact', YES_PARTLY_NO)] },
  {
    key: 'BQ06',
    required: true,
    parts: [percent('socialServices'), percent('childProtection'), percent('employmentOffice', true), percent('municipalPolice', true)],
  },
  {
    key: 'BQ07',
    required: true,
    parts: [choice('indicators', YES_NO), choice('leaflets', YES_NO), choice('guidance', YES_NO), choice('expertAdvice', YES_NO)],
  },
  { key: 'BQ08', required: false, parts: [multi('groups', keys(TARGET_GROUPS)), text('notes', true)] },
  { key: 'BQ09', required: false, parts: [text('trends')] },
  { key: 'BQ10', required: false, parts: [text('locations')] },
  { key: 'BQ11', required: false, parts: [text('known')] },
  { key: 'BQ12', required: true, parts: [multi('services', keys(SERVICES)), number('shelterPlaces', 100_000, true)] },
  { key: 'BQ13', required: false, parts: [text('trajectory')] },
  {
    key: 'BQ14',
    required: false,
    parts: [multi('payers', FUNDING_SOURCES), choice('longTermPublic', YES_PARTLY_NO), number('municipalEur', BASELINE_NUMBER_MAX, true)],
  },
  { key: 'BQ15', required: false, parts: [choice('canReport', YES_NO), number('spentEur', BASELINE_NUMBER_MAX, true)] },
  { key: 'BQ16', required: false, parts: [text('activities')] },
  { key: 'BQ17', required: true, parts: [rating('priority')] },
  { key: 'BQ18', required: false, parts: [text('needs')] },
  { key: 'BQ19', required: true, parts: [choice('named', YES_NO), choice('role', keys(CHAIN_ROLES), true)] },
  { key: 'BQ20', required: true, parts: [choice('records', YES_NO), choice('sharesWithNational', YES_NO), text('notes', true)] },
];

const SCHEMA_BY_KEY = new Map(BASELINE_SCHEMAS.map((schema) => [schema.key, schema]));
export const baselineSchema = (key: string): BaselineQuestionSchema | undefined => SCHEMA_BY_KEY.get(key);

/** Why a value does not fit its part, or null when it does. */
export function baselinePartProblem(part: BaselinePartSchema, value: unknown): string | null {
  switch (part.kind) {
    case 'CHOICE':
      return typeof value === 'string' && part.options!.includes(value) ? null : `expects one of ${part.options!.join(', ')}`;
    case 'MULTI': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !part.options!.includes(v)))
        return `expects a list of ${part.options!.join(', ')}`;
      return new Set(value).size === value.length ? null : 'names an option twice';
    }
    case 'NUMBER':
    case 'PERCENT':
    case 'RATING': {
      const min = part.kind === 'RATING' ? 1 : 0;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= part.max!
        ? null
        : `expects a whole number from ${min} to ${part.max}`;
    }
    case 'TEXT':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= BASELINE_TEXT_MAX
        ? null
        : `expects a text of 1 to ${BASELINE_TEXT_MAX} characters`;
  }
}

/** Whether a part holds a value (an empty list of a MULTI part counts as unanswered). */
const filled = (value: BaselinePartValue | undefined) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** The required questions a submission still lacks (a non-optional part unanswered), in questionnaire order. */
export function missingBaselineAnswers(answers: Readonly<Record<string, BaselineAnswerValue>>): string[] {
  return BASELINE_SCHEMAS.filter((q) => q.required && q.parts.some((p) => !p.optional && !filled(answers[q.key]?.[p.key]))).map(
    (q) => q.key,
  );
}
