import { planReminders } from '../../features/meeting/meeting-reminders.js';
import type { Em } from '../orm.js';
import type { DemoAuthor } from './demo/forum-threads.js';
import { NATIONAL_FORUMS } from './demo/forum-national-threads.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

interface DemoMeeting {
  key: string;
  title: string;
  purpose: string;
  level: 'REGIONAL' | 'NATIONAL' | 'LOCAL';
  countryCode: string | null;
  municipality: string | null;
  /** Local wall-clock times in the meeting's zone (the country's, or Rīga's for regional meetings); null while a poll decides. */
  starts: string | null;
  ends: string | null;
  format: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  venue: string | null;
  onlineLink: string | null;
  capacity: number | null;
  visibility: 'NETWORK' | 'SCOPE' | 'INVITED';
  status: 'DRAFT' | 'SCHEDULED' | 'ENDED';
  follows: string | null;
  hosts: DemoAuthor[];
  participants: [DemoAuthor, 'INVITED' | 'ACCEPTED' | 'TENTATIVE' | 'DECLINED'][];
  /** A date poll: slots as local times, and answers by participant (per slot). */
  poll?: { slots: [string, string][]; answers: [DemoAuthor, ('YES' | 'IF_NEED_BE' | 'NO')[]][] };
}

const RIGA = 'Riga';

const MEETINGS: DemoMeeting[] = [
  {
    key: 'regional-expert-group-2026-autumn',
    title: 'Regional expert group meeting',
    purpose: 'Experts from three municipalities in each member state compare referral practice and agree on next steps.',
    level: 'REGIONAL',
    countryCode: null,
    municipality: null,
    starts: '2026-10-14 09:30',
    ends: '2026-10-14 16:00',
    format: 'HYBRID',
    venue: 'Rīga City Council, Rātslaukums 1, Rīga',
    onlineLink: 'https://meet.strom.invalid/regional-expert-group-autumn',
    capacity: 40,
    visibility: 'NETWORK',
    status: 'ENDED',
    follows: null,
    hosts: ['moderator'],
    participants: [
      ['coordinator.lv', 'ACCEPTED'],
      ['coordinator.lt', 'ACCEPTED'],
      ['member.lv', 'ACCEPTED'],
      ['member.pl', 'ACCEPTED'],
    ],
  },
  {
    key: 'regional-expert-group-2027-spring',
    title: 'Regional expert group meeting (spring)',
    purpose: 'Follow-up of the Rīga meeting: the shared referral checklist and the action items.',
    level: 'REGIONAL',
    countryCode: null,
    municipality: null,
    starts: null,
    ends: null,
    format: 'ONLINE',
    venue: null,
    onlineLink: 'https://meet.strom.invalid/regional-expert-group-spring',
    capacity: 40,
    visibility: 'INVITED',
    status: 'DRAFT',
    follows: 'regional-expert-group-2026-autumn',
    hosts: ['moderator'],
    participants: [
      ['coordinator.lv', 'INVITED'],
      ['coordinator.lt', 'INVITED'],
      ['member.lv', 'INVITED'],
      ['member.pl', 'INVITED'],
    ],
    poll: {
      slots: [
        ['2027-03-09 10:00', '2027-03-09 12:00'],
        ['2027-03-11 13:00', '2027-03-11 15:00'],
        ['2027-03-16 10:00', '2027-03-16 12:00'],
      ],
      answers: [
        ['coordinator.lt', ['YES', 'NO', 'YES']],
        ['member.pl', ['IF_NEED_BE', 'YES', 'YES']],
      ],
    },
  },
  ...NATIONAL_FORUMS.map(({ countryCode, country, city }, i): DemoMeeting => ({
    key: `national-round-table-${countryCode.toLowerCase()}`,
    title: `${country}: national round table`,
    purpose: `National authorities, municipalities and NGOs of ${country} review identification and referral.`,
    level: 'NATIONAL',
    countryCode,
    municipality: null,
    starts: `2027-02-${String(2 + i).padStart(2, '0')} 10:00`,
    ends: `2027-02-${String(2 + i).padStart(2, '0')} 13:00`,
    format: 'IN_PERSON',
    venue: city,
    onlineLink: null,
    capacity: 30,
    visibility: 'SCOPE',
    status: 'SCHEDULED',
    follows: null,
    hosts: ['moderator'],
    participants: countryCode === 'LV' ? [['member.lv', 'ACCEPTED']] : countryCode === 'PL' ? [['member.pl', 'TENTATIVE']] : [],
  })),
  {
    key: 'riga-local-cooperation-group',
    title: 'Rīga local cooperation group',
    purpose: 'Social services, police and NGOs of Rīga coordinate cases and the winter prevention campaign.',
    level: 'LOCAL',
    countryCode: 'LV',
    municipality: RIGA,
    starts: '2027-01-20 14:00',
    ends: '2027-01-20 16:00',
    format: 'HYBRID',
    venue: 'Rīga Social Service, Baznīcas iela 19/23',
    onlineLink: 'https://meet.strom.invalid/riga-cooperation-group',
    capacity: 15,
    visibility: 'SCOPE',
    status: 'SCHEDULED',
    follows: null,
    hosts: ['coordinator.lv'],
    participants: [['member.lv', 'ACCEPTED']],
  },
];

const userId = (author: DemoAuthor) => stableId(`user:${author}@demo.strom.invalid`);
const meetingId = (key: string) => stableId(`meeting:${key}`);
/** Regional meetings are planned in Rīga's zone; national and local ones in their country's. */
const ZONE = `coalesce((select time_zone from country where code = ?), 'Europe/Riga')`;

/** The demo meetings, with ids from stable keys and fixed dates: seeding again changes nothing. */
export async function seedDemoMeetings(em: Em): Promise<void> {
  for (const m of MEETINGS) {
    const id = meetingId(m.key);
    await em.execute(
      `insert into meeting (id, title, purpose, level, country_code, municipality_id, follows_id, starts_at, ends_at, time_zone, format,
         venue, online_link, capacity, visibility, status, created_by_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?::timestamp at time zone ${ZONE}, ?::timestamp at time zone ${ZONE}, ${ZONE}, ?, ?, ?, ?, ?, ?, ?,
         '2026-09-01T08:00:00Z')
       on conflict (id) do update set title = excluded.title, purpose = excluded.purpose, starts_at = excluded.starts_at,
         ends_at = excluded.ends_at, status = excluded.status`,
      [
        id,
        m.title,
        m.purpose,
        m.level,
        m.countryCode,
        m.municipality && m.countryCode ? municipalityId(m.countryCode, m.municipality) : null,
        m.follows ? meetingId(m.follows) : null,
        m.starts,
        m.countryCode,
        m.ends,
        m.countryCode,
        m.countryCode,
        m.format,
        m.venue,
        m.onlineLink,
        m.capacity,
        m.visibility,
        m.status,
        userId(m.hosts[0]!),
      ],
    );
    for (const host of m.hosts)
      await em.execute(`insert into meeting_host (meeting_id, user_id) values (?, ?) on conflict do nothing`, [id, userId(host)]);
    for (const [who, status] of m.participants)
      await em.execute(
        `insert into meeting_participant (meeting_id, user_id, status, invited_by_id, invited_at) values (?, ?, ?, ?, '2026-09-01T09:00:00Z')
         on conflict (meeting_id, user_id) do update set status = excluded.status`,
        [id, userId(who), status, userId(m.hosts[0]!)],
      );
    if (m.poll) await seedPoll(em, id, m.poll);
    await planReminders(em, id, new Date());
  }
}

async function seedPoll(em: Em, id: string, poll: NonNullable<DemoMeeting['poll']>): Promise<void> {
  for (const [i, [starts, ends]] of poll.slots.entries()) {
    const slotId = stableId(`meeting-slot:${id}:${i}`);
    await em.execute(
      `insert into meeting_slot (id, meeting_id, starts_at, ends_at)
       values (?, ?, ?::timestamp at time zone 'Europe/Riga', ?::timestamp at time zone 'Europe/Riga') on conflict (id) do nothing`,
      [slotId, id, starts, ends],
    );
    for (const [who, answers] of poll.answers)
      await em.execute(`insert into meeting_slot_answer (slot_id, user_id, answer) values (?, ?, ?) on conflict do nothing`, [
        slotId,
        userId(who),
        answers[i],
      ]);
  }
}
