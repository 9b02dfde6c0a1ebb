import {
  baselinePartProblem,
  baselineSchema,
  type BaselineAnswerValue,
  type BaselinePartValue,
  type BaselineQuestionSchema,
} from '@strom/shared';
import { BadUserInput, type FieldError } from '../../core/errors.js';
import type { BaselineAnswerInput, BaselinePartInput } from './baseline.inputs.js';

export type BaselineAnswers = Record<string, BaselineAnswerValue>;

/** The one field a part's input sets; two set (or a number for a choice) is a wrong type. */
function valueOf(input: BaselinePartInput): { value: BaselinePartValue | undefined; count: number } {
  const given = [input.choice, input.options, input.number, input.text].filter((v) => v !== null && v !== undefined);
  return { value: given[0], count: given.length };
}

/**
 * The saved document from the answerer's input, every part checked against its question's schema. All problems are
 * reported at once (BAD_USER_INPUT, one field error per part: `answers.3.parts.1`), and nothing is saved. An empty
 * part (no value, a blank text, an empty list) is left unanswered.
 */
export function answersFromInput(input: readonly BaselineAnswerInput[]): BaselineAnswers {
  const errors: FieldError[] = [];
  const answers: BaselineAnswers = {};
  for (const [i, answer] of input.entries()) {
    const schema = baselineSchema(answer.question);
    if (!schema || answers[answer.question]) {
      const message = schema ? `${answer.question} is answered twice` : `There is no question ${answer.question}`;
      errors.push({ field: `answers.${i}.question`, message });
      continue;
    }
    const value: Record<string, BaselinePartValue> = {};
    for (const [j, partInput] of answer.parts.entries()) {
      const problem = partProblem(schema, partInput, value);
      if (problem) errors.push({ field: `answers.${i}.parts.${j}`, message: `${answer.question}.${partInput.part} ${problem}` });
    }
    if (Object.keys(value).length > 0) answers[answer.question] = value;
  }
  if (errors.length > 0) throw new BadUserInput(errors);
  return answers;
}

/** Checks one part and, when it holds a fitting value, adds it to `value`; returns what is wrong, or null. */
function partProblem(schema: BaselineQuestionSchema, input: BaselinePartInput, value: Record<string, BaselinePartValue>): string | null {
  const part = schema.parts.find((p) => p.key === input.part);
  if (!part) return 'is not a part of this question';
  if (input.part in value) return 'is answered twice';
  const { value: given, count } = valueOf(input);
  if (count > 1) return 'takes one value';
  const clean = typeof given === 'string' && part.kind === 'TEXT' ? given.trim() : given;
  if (clean === undefined || clean === '' || (Array.isArray(clean) && clean.length === 0)) return null;
  const problem = baselinePartProblem(part, clean);
  if (!problem) value[part.key] = clean;
  return problem;
}

/** Every text answer, for the victim-data guardrail (field names say where it was). */
export function textsOf(answers: BaselineAnswers): { field: string; text: string }[] {
  return Object.entries(answers).flatMap(([question, parts]) =>
    Object.entries(parts).flatMap(([part, value]) =>
      typeof value === 'string' && baselineSchema(question)?.parts.find((p) => p.key === part)?.kind === 'TEXT'
        ? [{ field: `answers.${question}.${part}`, text: value }]
        : [],
    ),
  );
}
