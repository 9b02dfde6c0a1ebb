import { computeCostTotals, costProblems, isDecimalRate, type CostLine } from '@strom/shared';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { templateByKey, type CostTemplate } from './cost-templates.js';
import type { CostLineInput, SaveCostScenarioInput, SetExchangeRateInput, SetPriceIndexInput } from './cost.inputs.js';
import { costScenarioAbilities, costWorkbench } from './cost.policy.js';

/**
 * Saves a whole scenario: a new one under the client's id (a retry saves once), or a change to the version the
 * editor loaded (a stale one gets CONFLICT). The lines are checked and totalled by the shared formula, the same
 * the editor previews with; free texts pass the victim-data guardrail. One transaction.
 */
export async function saveCostScenario(deps: CommandDeps, input: SaveCostScenarioInput): Promise<string> {
  const actor = signedInActor(deps);
  costWorkbench.authorize(actor, 'use');
  const id = parseUuid(input.id, 'input.id');
  const lines = input.lines.map(toLine);
  refuseProblems(lines);
  const totalMinor = computeCostTotals(lines).totalMinor;
  const template = input.templateKey ? templateByKey(input.templateKey) : undefined;
  if (input.templateKey && !template) throw BadUserInput.field('input.templateKey', 'There is no such template');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const [existing] = await em.execute<{ owner_id: string; shared: boolean; version: number; municipality_id: string | null }[]>(
      `select owner_id, shared, version, municipality_id from cost_scenario where id = ? for update`,
      [id],
    );
    if (existing) {
      costScenarioAbilities.authorize(actor, 'edit', { ownerId: existing.owner_id, shared: existing.shared });
      if (input.expectedVersion == null) return id; // the retry of a create that already happened
      if (existing.version !== input.expectedVersion)
        throw new Conflict('Someone saved this scenario after you opened it: reload it to see their version');
    } else if (input.expectedVersion != null) throw new NotFound('The scenario');
    // Left out, the municipality stays what it was (an editor that does not show it must not clear it); null clears it.
    const municipalityId = input.municipalityId === undefined ? (existing?.municipality_id ?? null) : input.municipalityId;
    await checkPlace(em, input.countryCode, municipalityId);
    await guardTexts(
      uow,
      actor,
      [
        { field: 'title', text: input.title },
        { field: 'summary', text: input.summary },
        ...input.lines.map((line, index) => ({ field: `lines.${index}.sourceNote`, text: line.sourceNote })),
      ],
      input.confirmations,
      { type: 'cost_scenario', id },
    );
    const now = uow.now.toISOString();
    const row = [
      input.title.trim(),
      input.summary?.trim() || null,
      input.countryCode,
      municipalityId,
      input.currency,
      input.priceYear,
      template?.key ?? null,
      input.shared,
      totalMinor,
    ];
    if (existing)
      await em.execute(
        `update cost_scenario set title = ?, summary = ?, country_code = ?, municipality_id = ?, currency = ?, price_year = ?,
           template_key = ?, shared = ?, total_minor = ?, version = version + 1, updated_at = ? where id = ?`,
        [...row, now, id],
      );
    else
      await em.execute(
        `insert into cost_scenario (id, owner_id, title, summary, country_code, municipality_id, currency, price_year,
           template_key, shared, total_minor, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, actor.userId, ...row, now, now],
      );
    await replaceLines(em, id, input.lines, template);
    return id;
  });
}

export async function deleteCostScenario(deps: CommandDeps, scenarioId: string): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(scenarioId, 'id');
  return runCommand(deps, async ({ em }) => {
    const [existing] = await em.execute<{ owner_id: string; shared: boolean }[]>(
      `select owner_id, shared from cost_scenario where id = ? and (owner_id = ? or shared) for update`,
      [id, actor.userId],
    );
    if (!existing) throw new NotFound('The scenario');
    costScenarioAbilities.authorize(actor, 'delete', { ownerId: existing.owner_id, shared: existing.shared });
    await em.execute(`delete from cost_scenario where id = ?`, [id]);
    return id;
  });
}

/** An exchange rate of a year, kept by admins with its source; a changed figure is audit-logged. */
export async function setExchangeRate(deps: CommandDeps, input: SetExchangeRateInput): Promise<void> {
  const actor = signedInActor(deps);
  costWorkbench.authorize(actor, 'maintainRates');
  if (input.currency === 'EUR') throw BadUserInput.field('input.currency', 'The euro is the reference: one euro is one euro');
  if (!isDecimalRate(input.perEuro))
    throw BadUserInput.field('input.perEuro', 'Give the rate as a positive decimal with up to six places, e.g. 7.4509');
  await runCommand(deps, async (uow) => {
    await uow.em.execute(
      `insert into cost_exchange_rate (year, currency, per_euro, source, updated_by_id, updated_at) values (?, ?, ?::numeric, ?, ?, ?)
         on conflict (year, currency) do update set per_euro = excluded.per_euro, source = excluded.source,
           updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
      [input.year, input.currency, input.perEuro.trim(), input.source.trim(), actor.userId, uow.now.toISOString()],
    );
    await audit(uow.em, {
      action: 'COST_RATE_CHANGED',
      actorId: actor.userId,
      subjectType: 'cost_exchange_rate',
      subjectId: null,
      details: { year: input.year, currency: input.currency, perEuro: input.perEuro.trim() },
    });
  });
}

/** A country's consumer price index of a year, kept by admins with its source; audit-logged. */
export async function setPriceIndex(deps: CommandDeps, input: SetPriceIndexInput): Promise<void> {
  const actor = signedInActor(deps);
  costWorkbench.authorize(actor, 'maintainRates');
  if (!isDecimalRate(input.index))
    throw BadUserInput.field('input.index', 'Give the index as a positive decimal with up to six places, e.g. 121.4');
  await runCommand(deps, async (uow) => {
    const [country] = await uow.em.execute(`select 1 from country where code = ?`, [input.countryCode]);
    if (!country) throw BadUserInput.field('input.countryCode', 'There is no such country');
    await uow.em.execute(
      `insert into cost_price_index (year, country_code, index, source, updated_by_id, updated_at) values (?, ?, ?::numeric, ?, ?, ?)
         on conflict (year, country_code) do update set index = excluded.index, source = excluded.source,
           updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
      [input.year, input.countryCode, input.index.trim(), input.source.trim(), actor.userId, uow.now.toISOString()],
    );
    await audit(uow.em, {
      action: 'COST_RATE_CHANGED',
      actorId: actor.userId,
      subjectType: 'cost_price_index',
      subjectId: null,
      details: { year: input.year, countryCode: input.countryCode, index: input.index.trim() },
    });
  });
}

function toLine(line: CostLineInput): CostLine {
  return {
    category: line.category,
    payer: line.payer,
    unitCostMinor: line.unitCostMinor,
    quantity: line.quantity,
    period: line.period,
    periods: line.periods,
    startDay: line.startDay ?? 0,
  };
}

/** Every problem the editor would show, each on its line and field, in one typed error. */
function refuseProblems(lines: readonly CostLine[]): void {
  const problems = costProblems(lines);
  if (problems.length === 0) return;
  throw new BadUserInput(
    problems.map((problem) =>
      problem.line < 0
        ? { field: 'input.lines', message: problem.reason }
        : { field: `input.lines.${problem.line}.${problem.field}`, message: `Line ${problem.line + 1}: ${problem.reason}` },
    ),
  );
}

async function checkPlace(em: Em, countryCode: string, municipalityId: string | null): Promise<void> {
  const [place] = await em.execute<{ country: boolean; municipality_country: string | null }[]>(
    `select exists (select 1 from country where code = ?) as country, (select country_code from municipality where id = ?) as municipality_country`,
    [countryCode, municipalityId],
  );
  if (!place?.country) throw BadUserInput.field('input.countryCode', 'There is no such country');
  if (municipalityId && place.municipality_country !== countryCode)
    throw BadUserInput.field('input.municipalityId', "Choose a municipality of the scenario's country");
}

/**
 * The lines, replaced whole in one statement. A line keeps `illustrative` while its unit price is the placeholder
 * its template gives that category: once the member enters a price of their own, it is theirs.
 */
async function replaceLines(
  em: Em,
  scenarioId: string,
  lines: readonly CostLineInput[],
  template: CostTemplate | undefined,
): Promise<void> {
  await em.execute(`delete from cost_line where scenario_id = ?`, [scenarioId]);
  if (lines.length === 0) return;
  const placeholders = new Set(template?.lines.map((line) => `${line.category}:${line.unitCostMinor}`));
  const rows = lines.map((line, position) => ({
    position,
    category: line.category,
    payer: line.payer,
    unitCostMinor: line.unitCostMinor,
    quantity: line.quantity,
    period: line.period,
    periods: line.periods,
    startDay: line.startDay ?? 0,
    illustrative: placeholders.has(`${line.category}:${line.unitCostMinor}`),
    sourceNote: line.sourceNote?.trim() || null,
  }));
  await em.execute(
    `insert into cost_line (scenario_id, position, category, payer, unit_cost_minor, quantity, period, periods, start_day, illustrative, source_note)
       select ?, r.position, r.category, r.payer, r."unitCostMinor", r.quantity, r.period, r.periods, r."startDay", r.illustrative, r."sourceNote"
         from json_to_recordset(?::json) as r(position int, category text, payer text, "unitCostMinor" bigint, quantity int,
           period text, periods int, "startDay" int, illustrative boolean, "sourceNote" text)`,
    [scenarioId, JSON.stringify(rows)],
  );
}
