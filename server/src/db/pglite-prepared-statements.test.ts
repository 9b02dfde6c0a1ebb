import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './orm.js';
import { prepareStatementsOn } from './pglite-prepared-statements.js';
import { prepared } from './prepared-statements.js';

let pglite: PGlite;

beforeAll(async () => {
  pglite = await openPglite({ pgliteDir: 'memory://' });
  prepareStatementsOn(pglite);
});
afterAll(() => pglite?.close());

const ECHO = prepared(`select $1::int + $2::int as sum, $3::text as name, $4::boolean as flag, $5::text is null as missing`);
const AT = prepared(`select $1::timestamptz as at`);

const preparedHere = async () =>
  (await pglite.query<{ statement: string }>(`select statement from pg_prepared_statements`)).rows.map((row) => row.statement);

describe('prepared statements on PGlite', () => {
  it('prepare a declared statement once and run it with its values as literals, quotes and nulls included', async () => {
    const first = await pglite.query(ECHO, [2, 3, "O'Brien; drop table x --", true, null]);
    const again = await pglite.query(ECHO, [-1, 1, '\\n', false, 'here']);
    expect(first.rows).toEqual([{ sum: 5, name: "O'Brien; drop table x --", flag: true, missing: true }]);
    expect(again.rows).toEqual([{ sum: 0, name: '\\n', flag: false, missing: false }]);
    expect((await preparedHere()).filter((statement) => statement.includes('$3::text as name'))).toHaveLength(1);
  });

  it('run a statement with a value that is no plain literal unchanged, and leave undeclared statements alone', async () => {
    const at = new Date('2026-12-07T08:00:00.000Z');
    expect((await pglite.query<{ at: Date }>(AT, [at])).rows[0]!.at.toISOString()).toBe(at.toISOString());
    await pglite.query(`select $1::int as n`, [1]);
    const statements = await preparedHere();
    expect(statements.some((statement) => statement.includes('$1::timestamptz'))).toBe(false);
    expect(statements.some((statement) => statement.includes('$1::int as n'))).toBe(false);
  });

  it('prepare once when the first runs of a statement come at the same time', async () => {
    const text = prepared(`select $1::int * 2 as doubled`);
    const results = await Promise.all([1, 2, 3].map((n) => pglite.query<{ doubled: number }>(text, [n])));
    expect(results.map((result) => result.rows[0]!.doubled)).toEqual([2, 4, 6]);
    expect((await preparedHere()).filter((statement) => statement.includes('$1::int * 2'))).toHaveLength(1);
  });
});
