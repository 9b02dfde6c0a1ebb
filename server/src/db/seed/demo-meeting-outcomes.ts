import { renderMarkdown } from '../../core/content/markdown.js';
import { liveSections, minutesFacts, minutesMarkdown } from '../../features/meeting/minutes-sections.js';
import type { Em } from '../orm.js';
import { stableId } from './stable-id.js';

// What the past Rīga expert group produced (demo-meetings.ts): a closed poll, notes and decisions, action items
// (one done, one open that the spring meeting of its series carries over) and its published minutes.

const RIGA = stableId('meeting:regional-expert-group-2026-autumn');
const user = (name: string) => stableId(`user:${name}@demo.strom.invalid`);
const id = (key: string) => stableId(`meeting-outcome:regional-expert-group-2026-autumn:${key}`);
const AT = (time: string) => `2026-10-14T${time}:00Z`;

const NOTES: [key: string, kind: 'NOTE' | 'DECISION', text: string, time: string][] = [
  [
    'note-pathways',
    'NOTE',
    'Each country presented its referral pathway; Latvia and Lithuania both route through a municipal contact point.',
    '07:45',
  ],
  ['decision-checklist', 'DECISION', 'Adopt a shared referral checklist for the municipalities of the network, in English first.', '10:10'],
  [
    'decision-contact-points',
    'DECISION',
    'Every participating municipality names a contact point in the directory before the spring meeting.',
    '11:30',
  ],
];

const ACTIONS: [key: string, owner: string, text: string, dueOn: string, status: 'OPEN' | 'DONE'][] = [
  ['action-translate', 'member.lv', 'Translate the referral checklist into Latvian and share it in the forum', '2027-02-15', 'OPEN'],
  ['action-contact-points', 'coordinator.lt', 'Ask the Lithuanian municipalities to name their contact points', '2026-12-01', 'DONE'],
];

export async function seedDemoMeetingOutcomes(em: Em): Promise<void> {
  const pollId = id('poll-next-city');
  await em.execute(
    `insert into meeting_poll (id, meeting_id, question, multiple, anonymous, status, created_by_id, created_at, opened_at, closed_at)
     values (?, ?, ?, false, true, 'CLOSED', ?, ?, ?, ?) on conflict (id) do nothing`,
    [pollId, RIGA, 'Where should the spring meeting take place?', user('moderator'), AT('12:00'), AT('12:05'), AT('12:20')],
  );
  const options = ['Online', 'Vilnius', 'Gdańsk'];
  for (const [position, label] of options.entries())
    await em.execute(`insert into meeting_poll_option (id, poll_id, position, label) values (?, ?, ?, ?) on conflict (id) do nothing`, [
      id(`poll-option-${position}`),
      pollId,
      position,
      label,
    ]);
  const ballots: [string, number][] = [
    ['coordinator.lv', 0],
    ['coordinator.lt', 1],
    ['member.lv', 0],
    ['member.pl', 0],
  ];
  for (const [who, option] of ballots)
    await em.execute(`insert into meeting_poll_vote (poll_id, option_id, user_id, voted_at) values (?, ?, ?, ?) on conflict do nothing`, [
      pollId,
      id(`poll-option-${option}`),
      user(who),
      AT('12:10'),
    ]);
  for (const [key, kind, text, time] of NOTES)
    await em.execute(
      `insert into meeting_note (id, meeting_id, kind, text, created_by_id, created_at) values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [id(key), RIGA, kind, text, user('moderator'), AT(time)],
    );
  for (const [key, owner, text, dueOn, status] of ACTIONS)
    await em.execute(
      `insert into meeting_action_item (id, meeting_id, text, owner_id, due_on, status, created_by_id, created_at, done_at)
       values (?, ?, ?, ?, ?::date, ?, ?, ?, ?) on conflict (id) do nothing`,
      [id(key), RIGA, text, user(owner), dueOn, status, user('moderator'), AT('13:30'), status === 'DONE' ? '2026-11-20T10:00:00Z' : null],
    );
  await em.execute(
    `insert into meeting_question (id, meeting_id, author_id, text, answered, created_at) values (?, ?, ?, ?, true, ?) on conflict (id) do nothing`,
    [id('question-checklist'), RIGA, user('member.pl'), 'Will the checklist cover labour exploitation in seasonal work?', AT('10:00')],
  );
  const source = minutesMarkdown(await minutesFacts(em, RIGA), await liveSections(em, RIGA));
  const { html } = await renderMarkdown(source);
  await em.execute(
    `insert into meeting_minutes (meeting_id, source, html, status, version, updated_by_id, updated_at, published_at)
     values (?, ?, ?, 'PUBLISHED', 2, ?, '2026-10-16T09:00:00Z', '2026-10-16T09:00:00Z') on conflict (meeting_id) do nothing`,
    [RIGA, source, html, user('moderator')],
  );
}
