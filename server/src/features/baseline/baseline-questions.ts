import { BASELINE_SCHEMAS, baselineSchema, type BaselineAnswerValue } from '@strom/shared';
import { BASELINE_QUESTIONS, GUIDELINE_SOURCES } from '../../db/seed/reference/guidelines.js';
import type { BaselineAnswers } from './baseline-answers.js';
import { BaselinePartKind, type BaselineAnswer, type BaselineQuestion } from './baseline.types.js';

const SOURCES = new Map(GUIDELINE_SOURCES.map((source) => [source.id, source]));

/**
 * The questionnaire: the reference questions (text, theme, sources) with the typed schema of each. Built once;
 * a question without a schema (or the reverse) fails at boot rather than showing an untyped answer.
 */
export const BASELINE_CATALOGUE: readonly BaselineQuestion[] = BASELINE_QUESTIONS.map((reference) => {
  const schema = baselineSchema(reference.key);
  if (!schema) throw new Error(`Baseline question ${reference.key} has no answer schema`);
  return {
    key: reference.key,
    theme: reference.theme,
    question: reference.question,
    required: schema.required,
    topicConfirmed: reference.topicConfirmed,
    parts: schema.parts.map((part) => ({
      key: part.key,
      kind: BaselinePartKind[part.kind],
      options: [...(part.options ?? [])],
      max: part.max ?? null,
      optional: part.optional ?? false,
    })),
    sources: reference.sources.flatMap((id) => {
      const source = SOURCES.get(id);
      return source ? [source] : [];
    }),
  };
});
if (BASELINE_CATALOGUE.length !== BASELINE_SCHEMAS.length) throw new Error('A baseline answer schema has no reference question');

/** One stored answer as GraphQL shows it: each part's value in the field of its kind, in schema order. */
export function answerType(question: string, value: BaselineAnswerValue): BaselineAnswer {
  const parts = (baselineSchema(question)?.parts ?? []).flatMap((part) => {
    const v = value[part.key];
    if (v === undefined) return [];
    return [
      {
        part: part.key,
        choice: part.kind === 'CHOICE' && typeof v === 'string' ? v : null,
        options: Array.isArray(v) ? [...v] : null,
        number: typeof v === 'number' ? v : null,
        text: part.kind === 'TEXT' && typeof v === 'string' ? v : null,
      },
    ];
  });
  return { question, parts };
}

/** Every answered question, in questionnaire order. */
export function answerTypes(answers: BaselineAnswers): BaselineAnswer[] {
  return BASELINE_SCHEMAS.flatMap((q) => {
    const value = answers[q.key];
    return value ? [answerType(q.key, value)] : [];
  });
}
