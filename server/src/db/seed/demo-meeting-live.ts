import type { Em } from '../orm.js';
import type { DemoAuthor } from './demo/forum-threads.js';
import { stableId } from './stable-id.js';

// Agendas, attendance and turns of the demo meetings (demo-meetings.ts seeds the meetings): the past Rīga meeting as
// it ran, and Latvia's upcoming national round table with its agenda ready to run live. Fixed ids and times:
// seeding again changes nothing.

interface DemoItem {
  title: string;
  minutes: number;
  presenter: DemoAuthor | null;
  /** Local Rīga wall-clock time of a fixed start (after a break). */
  fixed?: string;
  links?: { url: string; label: string }[];
  /** As it ran (local Rīga times). */
  ran?: [string, string];
}

interface DemoRun {
  key: string;
  items: DemoItem[];
  /** As it ran: went live, ended (local Rīga times). */
  ran?: [string, string];
  attendance?: [DemoAuthor, 'IN_PERSON' | 'ONLINE'][];
  turns?: [DemoAuthor, string][];
}

const RUNS: DemoRun[] = [
  {
    key: 'regional-expert-group-2026-autumn',
    ran: ['2026-10-14 09:32', '2026-10-14 15:58'],
    items: [
      { title: 'Welcome and round of introductions', minutes: 30, presenter: 'moderator', ran: ['2026-10-14 09:32', '2026-10-14 10:05'] },
      {
        title: 'Referral practice in three municipalities per state',
        minutes: 90,
        presenter: 'member.lv',
        links: [{ url: 'https://strom.example.org/referral-practice-overview', label: 'Overview (slides)' }],
        ran: ['2026-10-14 10:05', '2026-10-14 11:41'],
      },
      {
        title: 'Cross-border counterparts: how requests travel',
        minutes: 50,
        presenter: 'member.pl',
        ran: ['2026-10-14 11:41', '2026-10-14 12:30'],
      },
      {
        title: 'Identification checklist: the shared draft',
        minutes: 90,
        presenter: 'coordinator.lt',
        fixed: '2026-10-14 13:30',
        links: [{ url: 'https://strom.example.org/identification-checklist-draft', label: 'Checklist draft' }],
        ran: ['2026-10-14 13:30', '2026-10-14 15:06'],
      },
      { title: 'Decisions and next steps', minutes: 45, presenter: 'moderator', ran: ['2026-10-14 15:06', '2026-10-14 15:58'] },
    ],
    attendance: [
      ['moderator', 'IN_PERSON'],
      ['coordinator.lv', 'IN_PERSON'],
      ['member.lv', 'IN_PERSON'],
      ['coordinator.lt', 'ONLINE'],
      ['member.pl', 'ONLINE'],
    ],
    turns: [
      ['member.pl', '2026-10-14 10:40'],
      ['coordinator.lt', '2026-10-14 11:10'],
      ['member.lv', '2026-10-14 14:05'],
      ['member.pl', '2026-10-14 14:30'],
    ],
  },
  {
    key: 'national-round-table-lv',
    items: [
      { title: 'Opening', minutes: 15, presenter: 'moderator' },
      { title: 'The national referral mechanism: what changed this year', minutes: 45, presenter: 'member.lv' },
      { title: 'Municipal contact points: gaps on the map', minutes: 60, presenter: null },
      { title: 'Next steps and the regional meeting', minutes: 30, presenter: 'moderator' },
    ],
  },
];

const userId = (author: DemoAuthor) => stableId(`user:${author}@demo.strom.invalid`);
const meetingId = (key: string) => stableId(`meeting:${key}`);
const AT = `?::timestamp at time zone 'Europe/Riga'`;

export async function seedDemoMeetingLive(em: Em): Promise<void> {
  for (const run of RUNS) {
    const id = meetingId(run.key);
    for (const [position, item] of run.items.entries()) {
      await em.execute(
        `insert into meeting_agenda_item (id, meeting_id, position, title, planned_minutes, fixed_starts_at, presenter_id, links,
           started_at, ended_at)
         values (?, ?, ?, ?, ?, ${AT}, ?, ?::jsonb, ${AT}, ${AT}) on conflict (id) do nothing`,
        [
          stableId(`agenda-item:${run.key}:${position}`),
          id,
          position,
          item.title,
          item.minutes,
          item.fixed ?? null,
          item.presenter ? userId(item.presenter) : null,
          JSON.stringify(item.links ?? []),
          item.ran?.[0] ?? null,
          item.ran?.[1] ?? null,
        ],
      );
    }
    await em.execute(`update meeting set agenda_version = 1 where id = ? and agenda_version = 0`, [id]);
    if (run.ran) await em.execute(`update meeting set went_live_at = ${AT}, ended_at = ${AT} where id = ?`, [run.ran[0], run.ran[1], id]);
    for (const [who, where] of run.attendance ?? [])
      await em.execute(
        `insert into meeting_attendance (meeting_id, user_id, country_code, checked_in_at, in_person, left_at)
         select ?, u.id, u.country_code, ${AT}, ?, ${AT} from app_user u where u.id = ? on conflict do nothing`,
        [id, run.ran![0], where === 'IN_PERSON', run.ran![1], userId(who)],
      );
    for (const [i, [who, at]] of (run.turns ?? []).entries())
      await em.execute(
        `insert into meeting_speaker_request (id, meeting_id, user_id, country_code, status, raised_at, called_at, finished_at)
         select ?, ?, u.id, u.country_code, 'DONE', ${AT} - interval '3 minutes', ${AT}, ${AT} + interval '4 minutes'
           from app_user u where u.id = ? on conflict do nothing`,
        [stableId(`speaker-request:${run.key}:${i}`), id, at, at, at, userId(who)],
      );
  }
}
