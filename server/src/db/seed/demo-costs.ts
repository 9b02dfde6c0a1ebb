import { computeCostTotals } from '@strom/shared';
import { COST_TEMPLATES } from '../../features/cost/cost-templates.js';
import type { Em } from '../orm.js';
import type { DemoAuthor } from './demo/forum-threads.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

interface DemoScenario {
  key: string;
  owner: DemoAuthor;
  title: string;
  summary: string;
  template: string;
  municipality: [string, string] | null;
}

const SCENARIOS: DemoScenario[] = [
  {
    key: 'lv-adult-woman-180',
    owner: 'member.lv',
    title: 'Adult woman, sexual exploitation, 180 days of assistance in Latvia',
    summary: 'A typical case in the state-funded rehabilitation course, with safe accommodation for the whole period.',
    template: 'LV_REHABILITATION_180',
    municipality: ['LV', 'Liepāja'],
  },
  {
    key: 'lt-foreign-man-30',
    owner: 'coordinator.lt',
    title: 'Foreign adult man, labour exploitation, reflection period in Lithuania',
    summary: 'A typical case of a foreign worker during the 30-day reflection period, with interpretation throughout.',
    template: 'LT_REFLECTION_30',
    municipality: ['LT', 'Klaipėda'],
  },
];

const userId = (author: DemoAuthor) => stableId(`user:${author}@demo.strom.invalid`);

/**
 * Two shared demo scenarios copied from the Latvian and Lithuanian templates. Their prices stay the templates'
 * illustrative placeholders: the demo invents no price as if a municipality had entered it.
 */
export async function seedDemoCosts(em: Em): Promise<void> {
  for (const scenario of SCENARIOS) {
    const template = COST_TEMPLATES.find((candidate) => candidate.key === scenario.template)!;
    const lines = template.lines;
    const id = stableId(`cost-scenario:${scenario.key}`);
    const municipality = scenario.municipality ? municipalityId(...scenario.municipality) : null;
    await em.execute(
      `insert into cost_scenario (id, owner_id, title, summary, country_code, municipality_id, currency, price_year, template_key, shared,
         total_minor, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z')
       on conflict (id) do nothing`,
      [
        id,
        userId(scenario.owner),
        scenario.title,
        scenario.summary,
        template.countryCode,
        municipality,
        template.currency,
        template.priceYear,
        template.key,
        computeCostTotals(lines).totalMinor,
      ],
    );
    await em.execute(
      `insert into cost_line (scenario_id, position, category, payer, unit_cost_minor, quantity, period, periods, start_day, illustrative, source_note)
         select ?, r.position, r.category, r.payer, r."unitCostMinor", r.quantity, r.period, r.periods, r."startDay", r.illustrative, r."sourceNote"
           from json_to_recordset(?::json) as r(position int, category text, payer text, "unitCostMinor" bigint, quantity int, period text,
             periods int, "startDay" int, illustrative boolean, "sourceNote" text)
       on conflict do nothing`,
      [id, JSON.stringify(lines.map((line, position) => ({ ...line, position, illustrative: true })))],
    );
  }
}
