import { GUARDRAIL_CONFIRMATIONS_MAX, GUARDRAIL_FINDING_TEXT_MAX, GUARDRAIL_TEXT_MAX } from '@strom/shared';
import { validate } from 'class-validator';
import { InputType } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { GuardrailConfirmationInput, GuardrailConfirmationsField } from './guardrail.types.js';
import { requireConfirmedFindings, UnconfirmedVictimData } from './require-confirmed-findings.js';

const CHECK = `query ($text: String!) { checkText(text: $text) { kind start end text reason } }`;
const PUBLISHED_PHONE = '+371 6700 1234';
const HIDDEN_PHONE = '+371 6700 5678';
const PUBLISHED_EMAIL = 'Contact.Point@Example.lv';

type Finding = { kind: string; start: number; end: number; text: string; reason: string };

let app: TestApp;
let member: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.pl');
  // Two experts of the directory: one shows its phone and e-mail to every member, the other hides its phone.
  const experts = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from expert order by id limit 2`);
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `update expert set phone = case id when ? then ? else ? end,
                         phone_visibility = case id when ? then 'NETWORK' else 'NOBODY' end,
                         email = case id when ? then ? else email end, email_visibility = 'NETWORK'
        where id in (?, ?)`,
      [experts[0]!.id, PUBLISHED_PHONE, HIDDEN_PHONE, experts[0]!.id, experts[0]!.id, PUBLISHED_EMAIL, experts[0]!.id, experts[1]!.id],
    );
});
afterAll(() => app?.close());

async function check(text: string, as: string | null = member) {
  return app.gql<{ checkText: Finding[] }>(CHECK, { text }, { as });
}

describe('checkText', () => {
  it('returns each finding with its span, text and reason', async () => {
    const text = 'The victim Anna Kowalska, PESEL 44051401359, was referred to the shelter.';
    const result = await check(text);
    expect(result.errors).toBeUndefined();
    expect(result.data!.checkText).toEqual([
      { kind: 'NAME_WITH_CASE_WORD', start: 11, end: 24, text: 'Anna Kowalska', reason: expect.stringContaining('victim') },
      { kind: 'NATIONAL_ID', start: 32, end: 43, text: '44051401359', reason: expect.stringContaining('PESEL') },
    ]);
    for (const finding of result.data!.checkText) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('finds nothing in ordinary professional text', async () => {
    const result = await check('Meeting on 14.05.2025 about Section 154-1 of the Criminal Law and § 233a StGB; 1 234 cases in 2024.');
    expect(result.data!.checkText).toEqual([]);
  });

  it('refuses anonymous visitors', async () => {
    const result = await check('PESEL 44051401359', null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('refuses a text over the limit', async () => {
    const result = await check('a'.repeat(GUARDRAIL_TEXT_MAX + 1));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(String(GUARDRAIL_TEXT_MAX));
  });

  it('does not flag a phone or e-mail every member sees on the directory, but flags unknown and hidden ones, in one statement', async () => {
    const text = `Call the contact point on 6700 1234 (${PUBLISHED_PHONE}), ${PUBLISHED_EMAIL.toLowerCase()}; the girl's number is +371 2912 3456, her friend's ${HIDDEN_PHONE}, mail girl@example.com.`;
    let result: Awaited<ReturnType<typeof check>> | undefined;
    const statements = await app.countStatements(async () => {
      result = await check(text);
    });
    expect(result!.data!.checkText.map((f) => [f.kind, f.text])).toEqual([
      ['PHONE', '+371 2912 3456'],
      ['PHONE', HIDDEN_PHONE],
      ['EMAIL', 'girl@example.com'],
    ]);
    // The session lookup joins the member's own profile too (their municipality); the check is the other one.
    expect(statements.filter((sql) => /\bexpert\b/.test(sql) && !/\bsession\b/.test(sql))).toHaveLength(1);
  });

  it("does not flag an organisation's public phone, e-mail or service hotline", async () => {
    const [organisation] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ phone: string; email: string; hotline: string }[]>(
        `select o.phone, o.email, s.hotline from organisation o join organisation_service s on s.organisation_id = o.id
          where o.phone is not null and o.email is not null and s.hotline is not null limit 1`,
      );
    const text = `The helpline ${organisation!.hotline} is open at night; the office is on ${organisation!.phone}, ${organisation!.email}.`;
    expect((await check(text)).data!.checkText).toEqual([]);
    expect((await check(`${text} Her own number is +371 2912 3456.`)).data!.checkText.map((f) => f.text)).toEqual(['+371 2912 3456']);
  });
});

describe('requireConfirmedFindings', () => {
  const text = 'The client Maria said her number is +48 601 234 567.';

  it('refuses a text with unconfirmed findings and names each span', async () => {
    const refusal = requireConfirmedFindings(app.orm.em.fork(), {
      field: 'body',
      text,
      confirmations: [{ kind: 'NAME_WITH_CASE_WORD', text: 'Maria' }],
    });
    await expect(refusal).rejects.toBeInstanceOf(UnconfirmedVictimData);
    const error = (await refusal.catch((e: unknown) => e)) as UnconfirmedVictimData;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'body' }],
      guardrail: { field: 'body', findings: [{ kind: 'PHONE', start: 36, end: 51, text: '+48 601 234 567' }] },
    });
  });

  it('returns the confirmed findings when every one is confirmed, wherever it has moved', async () => {
    const confirmed = await requireConfirmedFindings(app.orm.em.fork(), {
      field: 'body',
      text: `Edited. ${text}`,
      confirmations: [
        { kind: 'NAME_WITH_CASE_WORD', text: 'Maria' },
        { kind: 'PHONE', text: '+48 601 234 567' },
      ],
    });
    expect(confirmed.map((f) => [f.kind, f.start])).toEqual([
      ['NAME_WITH_CASE_WORD', 19],
      ['PHONE', 44],
    ]);
  });

  it('returns nothing for a clean text', async () => {
    const confirmed = await requireConfirmedFindings(app.orm.em.fork(), { field: 'title', text: 'Referral pathways', confirmations: [] });
    expect(confirmed).toEqual([]);
  });
});

@InputType()
class GuardedPostInput {
  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

function guardedPost(confirmations: { kind: string; text: string }[]): GuardedPostInput {
  return Object.assign(new GuardedPostInput(), {
    confirmations: confirmations.map((c) => Object.assign(new GuardrailConfirmationInput(), c)),
  });
}

describe('GuardrailConfirmationsField', () => {
  it('accepts confirmations naming a kind and a text', async () => {
    expect(await validate(guardedPost([{ kind: 'PHONE', text: '+371 8000 2012' }]))).toEqual([]);
  });

  it('refuses too many confirmations, an unknown kind and an overlong text', async () => {
    const many = Array.from({ length: GUARDRAIL_CONFIRMATIONS_MAX + 1 }, (_, i) => ({ kind: 'PHONE', text: String(i) }));
    expect((await validate(guardedPost(many)))[0]?.constraints).toHaveProperty('arrayMaxSize');
    const [nested] = await validate(guardedPost([{ kind: 'SHOE_SIZE', text: 'x'.repeat(GUARDRAIL_FINDING_TEXT_MAX + 1) }]));
    expect(nested?.children?.[0]?.children?.map((child) => child.property)).toEqual(['kind', 'text']);
  });
});
