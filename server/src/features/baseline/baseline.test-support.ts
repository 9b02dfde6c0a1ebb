import { BASELINE_SCHEMAS, type BaselineAnswerValue } from '@strom/shared';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from '../../test/harness.js';

export const ASSESSMENT = `id status version year municipalityName missingRequired
  viewerCan { edit submit accept reopen } answers { question parts { part choice options number text } }`;
export const SAVE = `mutation ($input: SaveBaselineDraftInput!) { saveBaselineDraft(input: $input) { ${ASSESSMENT} } }`;
export const transition = (name: 'submitBaseline' | 'acceptBaseline' | 'reopenBaseline') =>
  `mutation ($input: BaselineTransitionInput!) { ${name}(input: $input) { ${ASSESSMENT} } }`;

/** A GraphQL part input for a stored value, in the field its type takes. */
function partInput(part: string, value: BaselineAnswerValue[string]) {
  if (Array.isArray(value)) return { part, options: value };
  return typeof value === 'number' ? { part, number: value } : { part, choice: value };
}

/** Every non-optional part answered with the first option, 3, or a plain text: a submittable questionnaire. */
export function completeAnswers() {
  return BASELINE_SCHEMAS.map((q) => ({
    question: q.key,
    parts: q.parts
      .filter((p) => !p.optional)
      .map((p) => {
        if (p.kind === 'TEXT') return { part: p.key, text: 'Covered by the social services department.' };
        if (p.kind === 'CHOICE') return partInput(p.key, p.options![0]!);
        if (p.kind === 'MULTI') return partInput(p.key, [p.options![0]!]);
        return partInput(p.key, 3);
      }),
  }));
}

export async function municipalityId(app: TestApp, name: string): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from municipality where name = ?`, [name]);
  return row!.id;
}

/** Saves a draft and returns the assessment as the answerer reads it; fails the test on any error. */
export async function saveDraft(app: TestApp, cookie: string, input: Record<string, unknown>) {
  const result = await app.gql(SAVE, { input: { clientId: randomUUID(), expectedVersion: 0, ...input } }, { as: cookie });
  expect(result.errors).toBeUndefined();
  return result.data!.saveBaselineDraft;
}

export async function move(
  app: TestApp,
  cookie: string,
  name: Parameters<typeof transition>[0],
  assessment: { id: string; version: number },
) {
  return app.gql(
    transition(name),
    { input: { clientId: randomUUID(), assessmentId: assessment.id, expectedVersion: assessment.version } },
    { as: cookie },
  );
}
