import { baselineSchema } from '@strom/shared';
import type { BaselineAnswers } from './baseline-answers.js';
import { BaselinePartKind, type BaselinePartSummary, type BaselineQuestionSummary } from './baseline.types.js';

/**
 * How a set of municipalities answered one question: per part, how many answered, counts per option (every option
 * in schema order, zeros included, so "3 of 5 have a written procedure" reads straight off), or the numbers' total
 * and range. Text parts are counted, never quoted: the report is for aggregates.
 */
export function summarise(question: string, assessments: readonly BaselineAnswers[]): BaselineQuestionSummary {
  const schema = baselineSchema(question)!;
  const answers = assessments.map((a) => a[question]).filter((a) => a !== undefined);
  const parts: BaselinePartSummary[] = schema.parts.map((part) => {
    const values = answers.map((a) => a[part.key]).filter((v) => v !== undefined);
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const count = (option: string) => values.filter((v) => v === option || (Array.isArray(v) && v.includes(option))).length;
    return {
      part: part.key,
      kind: BaselinePartKind[part.kind],
      answered: values.length,
      counts: (part.options ?? []).map((option) => ({ option, count: count(option) })),
      total: numbers.length ? numbers.reduce((sum, n) => sum + n, 0) : null,
      min: numbers.length ? Math.min(...numbers) : null,
      max: numbers.length ? Math.max(...numbers) : null,
    };
  });
  return { question, answered: answers.length, parts };
}
