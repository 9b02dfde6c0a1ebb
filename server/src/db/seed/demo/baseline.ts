import { BASELINE_SCHEMAS, type BaselineAnswerValue, type BaselinePartSchema, type BaselinePartValue } from '@strom/shared';
import type { Em } from '../../orm.js';
import { municipalityId } from '../reference-data.js';
import { stableId } from '../stable-id.js';
import { createRng, type Rng } from './random.js';

/**
 * Baseline self-assessments of seven STROM municipalities for 2024 and 2026, so the comparison over time and the
 * country reports have something to show. 2024 is accepted everywhere; in 2026 Jelgava's waits for its coordinator
 * (submitted, not accepted: the e2e journey's coordinator has one to look at) and Rīga's is still a draft.
 * Answers are drawn from a seeded stream per municipality and year, and 2026 leans better than 2024, as a
 * network that worked on its mechanisms would. Fictional, like every demo answer.
 */
const PLACES: readonly { country: string; name: string; coordinator: string }[] = [
  { country: 'LV', name: 'Liepāja', coordinator: 'coordinator.lv' },
  { country: 'LV', name: 'Jelgava', coordinator: 'coordinator.lv' },
  { country: 'LV', name: 'Riga', coordinator: 'coordinator.lv' },
  { country: 'LT', name: 'Klaipėda', coordinator: 'coordinator.lt' },
  { country: 'LT', name: 'Vilnius', coordinator: 'coordinator.lt' },
  { country: 'EE', name: 'Tallinn', coordinator: 'admin' },
  { country: 'EE', name: 'Tartu', coordinator: 'admin' },
];
export const BASELINE_DEMO_YEARS = [2024, 2026] as const;

const TEXTS: Readonly<Record<string, readonly string[]>> = {
  unit: ['Social services department', 'Welfare board, family unit', 'Municipal social care centre'],
  notes: ['Seasonal workers and young people leaving care are named most often.', 'Figures come from the social services register.'],
  trends: ['Labour emigration and seasonal agricultural work raise the risk.', 'Unemployment among young adults and online recruitment.'],
  locations: ['Port area, construction sites and online job advertisements.', 'Agriculture in the region, car washes, cleaning firms.'],
  known: ['Recruitment through acquaintances and agencies abroad is reported by the police.', 'Little is known locally.'],
  trajectory: [
    'Police or social workers identify, the contact point refers to the shelter and the national mechanism for 180 days.',
    'The NGO hotline refers to social services, which arrange accommodation and psychological support.',
  ],
  activities: ['School lessons on safe work abroad and a poster campaign at the job centre.', 'Training for youth workers.'],
  needs: ['Training for frontline staff and a written referral procedure.', 'Stable funding for long-term support.'],
};

function value(rng: Rng, part: BaselinePartSchema, maturity: number): BaselinePartValue {
  const options = part.options ?? [];
  switch (part.kind) {
    case 'CHOICE':
      // The first options (YES, monthly…) are the mature answers: a mature municipality draws from the front.
      return options[Math.min(options.length - 1, Math.floor(rng.next() * options.length * (1.2 - maturity)))]!;
    case 'MULTI': {
      // Cases met locally are of the common forms; the rarest (organ removal, illegal adoption) stay out of the demo.
      const pool = part.key === 'forms' ? options.slice(0, 4) : options;
      return rng.sample(pool, rng.int(1, Math.min(pool.length, 2 + Math.round(maturity * 4))));
    }
    case 'NUMBER':
      return part.max! > 100_000 ? rng.int(5, 60) * 1000 : rng.int(0, 12);
    case 'PERCENT':
      return Math.min(100, Math.round((0.15 + maturity * 0.6) * 100) + rng.int(-10, 10));
    case 'RATING':
      return Math.max(1, Math.min(5, Math.round(1.5 + maturity * 3) + rng.int(-1, 1)));
    case 'TEXT':
      return rng.pick(TEXTS[part.key] ?? TEXTS.needs!);
  }
}

export function demoBaselineAnswers(country: string, name: string, year: number): Record<string, BaselineAnswerValue> {
  const rng = createRng(0xba5e).fork(`baseline:${country}:${name}:${year}`);
  const maturity = (year === 2026 ? 0.55 : 0.2) + rng.next() * 0.3;
  return Object.fromEntries(
    BASELINE_SCHEMAS.map((q) => [
      q.key,
      Object.fromEntries(q.parts.map((part) => [part.key, value(rng.fork(`${q.key}.${part.key}`), part, maturity)])),
    ]),
  );
}

function statusOf(name: string, year: number): 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' {
  if (year === 2024) return 'ACCEPTED';
  if (name === 'Jelgava') return 'SUBMITTED';
  return name === 'Riga' ? 'DRAFT' : 'ACCEPTED';
}

export async function seedDemoBaseline(em: Em): Promise<void> {
  for (const place of PLACES) {
    for (const year of BASELINE_DEMO_YEARS) {
      const status = statusOf(place.name, year);
      const submittedAt = status === 'DRAFT' ? null : `${year}-10-15T09:00:00Z`;
      const acceptedAt = status === 'ACCEPTED' ? `${year}-10-29T14:00:00Z` : null;
      const acceptedBy = acceptedAt ? stableId(`user:${place.coordinator}@demo.strom.invalid`) : null;
      const id = stableId(`baseline:${place.country}:${place.name}:${year}`);
      await em.execute(
        `insert into baseline_assessment (id, municipality_id, country_code, year, status, answers, version, submitted_at,
           accepted_at, accepted_by_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
         on conflict (id) do update set status = excluded.status, answers = excluded.answers, version = excluded.version,
           submitted_at = excluded.submitted_at, accepted_at = excluded.accepted_at, accepted_by_id = excluded.accepted_by_id`,
        [
          id,
          municipalityId(place.country, place.name),
          place.country,
          year,
          status,
          JSON.stringify(demoBaselineAnswers(place.country, place.name, year)),
          status === 'DRAFT' ? 1 : status === 'SUBMITTED' ? 2 : 3,
          submittedAt,
          acceptedAt,
          acceptedBy,
          `${year}-09-01T08:00:00Z`,
          acceptedAt ?? submittedAt ?? `${year}-09-01T08:00:00Z`,
        ],
      );
    }
  }
}
