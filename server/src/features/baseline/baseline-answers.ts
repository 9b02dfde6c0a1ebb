import { baselinePartProblem, baselineSchema, type BaselineAnswerValue, type BaselinePartValue } from '@strom/shared';
import { BadUserInput, type FieldError } from '../../core/errors.js';
import type { BaselineAnswerInput, BaselinePartInput } from './baseline.inputs.js';

export type BaselineAnswers = Record<string, BaselineAnswerValue>;

/** The one field a part's input sets; two set (or a number for a choice) is a wrong type. */
function valueOf(input: BaselinePartInput): { value: BaselinePartValue | undefined; count: number } {
  const given = [input.choice, input.options, input.number, input.text].filter((v) => v !== null && v !== undefined);
  return { value: given[0] as BaselinePartValue | undefined, count: given.length };
}

/**
 * The saved document from the answerer's input, every part checked against its question's schema. All problems are
 * reported at once (BAD_USER_INPUT, one field error per part: `answers.3.parts.1`), and nothing is saved. An empty
 * part (no value, a blank text, an empty list) is left unanswered.
 */
export function answersFromInput(input: readonly BaselineAnswerInput[]): BaselineAnswers {
  const errors: FieldError[] = [];
  const answers: BaselineAnswers = {};
  input.forEach((answer, i) => {
    const schema = baselineSchema(answer.question);
    if (!schema) return errors.push({ field: `answers.${i}.question`, message: `There is no question ${answer.question}` });
    if (answers[answer.question]) return errors.push({ field: `answers.${i}.question`, message: `${answer.question} is answered twice` });
    const value: Record<string, BaselinePartValue> = {};
    answer.parts.forEach((partInput, j) => {
      const field = `answers.${i}.parts.${j}`;
      const part = schema.parts.find((p) => p.key === partInput.part);
      if (!part) return errors.push({ field, message: `${answer.question} has no part ${partInput.part}` });
      if (partInput.part in value) return errors.push({ field, message: `${answer.question}.${partInput.part} is answered twice` });
      const { value: given, count } = valueOf(partInput);
      if (count > 1) return errors.push({ field, message: `${answer.question}.${partInput.part} takes one value` });
      const text = typeof given === 'string' && part.kind === 'TEXT' ? given.trim() : given;
      if (text === undefined || text === '' || (Array.isArray(text) && text.length === 0)) return;
      const problem = baselinePartProblem(part, text);
      if (problem) return errors.push({ field, message: `${answer.question}.${partInput.part} ${problem}` });
      value[part.key] = text;
    });
    if (Object.keys(value).length > 0) answers[answer.question] = value;
  });
  if (errors.length > 0) throw new BadUserInput(errors);
  return answers;
}

/** Every text answer, for the victim-data guardrail (field names say where it was). */
export function textsOf(answers: BaselineAnswers): { field: string; text: string }[] {
  return Object.entries(answers).flatMap(([question, parts]) =>
    Object.entries(parts).flatMap(([part, value]) => (typeof value === 'string' && baselineSchema(question)?.parts.find((p) => p.key === part)?.kind === 'TEXT' ? [{ field: `answers.${question}.${part}`, text: value }] : [])),
  );
}
