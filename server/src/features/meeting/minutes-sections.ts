import type { Em } from '../../db/orm.js';

/** What the minutes are generated from, read in the command's transaction. */
export interface MinutesFacts {
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  venue: string | null;
  format: string;
  notes: { kind: 'NOTE' | 'DECISION'; text: string }[];
  polls: { question: string; anonymous: boolean; voterCount: number; options: { label: string; votes: number }[] }[];
  actionItems: { text: string; ownerName: string; dueOn: string | null; status: string }[];
}

/**
 * The sections of the live half of the meeting (meeting-live's tables): the agenda as planned and run, and who
 * attended (checked in), with counts per country. Falls back to who accepted a seat when nobody checked in.
 */
export async function liveSections(em: Em, meetingId: string): Promise<string[]> {
  const agenda = await em.execute<{ title: string; planned_minutes: number; presenter: string | null }[]>(
    `select a.title, a.planned_minutes, x.full_name as presenter
       from meeting_agenda_item a left join app_user u on u.id = a.presenter_id left join expert x on x.id = u.expert_id
      where a.meeting_id = ? order by a.position`,
    [meetingId],
  );
  const attended = await em.execute<{ name: string; country_code: string }[]>(
    `select coalesce(x.full_name, 'A member') as name, coalesce(trim(t.country_code), trim(u.country_code)) as country_code
       from meeting_attendance t join app_user u on u.id = t.user_id left join expert x on x.id = u.expert_id
      where t.meeting_id = ? and u.deleted_at is null order by 2, x.full_name`,
    [meetingId],
  );
  const people = attended.length > 0 ? attended : await acceptedParticipants(em, meetingId);
  const agendaSection =
    agenda.length === 0
      ? null
      : [
          '## Agenda',
          '',
          ...agenda.map(
            (item, i) =>
              `${i + 1}. ${escape(item.title)} (${item.planned_minutes} min${item.presenter ? `, ${escape(item.presenter)}` : ''})`,
          ),
        ].join('\n');
  const perCountry = [...new Set(people.map((p) => p.country_code))].map(
    (code) => `${code}: ${people.filter((p) => p.country_code === code).length}`,
  );
  const attendance =
    people.length === 0
      ? null
      : [
          attended.length > 0 ? '## Attendance' : '## Participants',
          '',
          `${people.length} (${perCountry.join(', ')})`,
          '',
          ...people.map((row) => `- ${escape(row.name)} (${row.country_code})`),
        ].join('\n');
  return [agendaSection, attendance].filter((section): section is string => section !== null);
}

async function acceptedParticipants(em: Em, meetingId: string): Promise<{ name: string; country_code: string }[]> {
  return em.execute(
    `select coalesce(x.full_name, 'A member') as name, trim(u.country_code) as country_code
       from meeting_participant p join app_user u on u.id = p.user_id left join expert x on x.id = u.expert_id
      where p.meeting_id = ? and p.status = 'ACCEPTED' and u.deleted_at is null order by 2, x.full_name`,
    [meetingId],
  );
}

/** Markdown that reads as the text it holds: no heading, list or emphasis made by what a member typed. */
export function escape(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]#<>|~])/g, '\\$1');
}

function when(facts: MinutesFacts): string | null {
  if (!facts.startsAt || !facts.endsAt) return null;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: facts.timeZone, dateStyle: 'full' }).format(facts.startsAt);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: facts.timeZone, timeStyle: 'short' });
  return `${day}, ${time.format(facts.startsAt)}–${time.format(facts.endsAt)} (${facts.timeZone})`;
}

/** The generated minutes: header, the live sections, decisions, notes, poll results (counts only) and action items. */
export function minutesMarkdown(facts: MinutesFacts, live: readonly string[]): string {
  const header = [
    `# Minutes: ${escape(facts.title)}`,
    '',
    ...[when(facts), facts.venue && `Venue: ${escape(facts.venue)}`]
      .filter((line): line is string => Boolean(line))
      .map((line) => `${line}  `),
  ].join('\n');
  const list = (heading: string, items: string[]) => (items.length === 0 ? null : [`## ${heading}`, '', ...items].join('\n'));
  const decisions = facts.notes.filter((n) => n.kind === 'DECISION').map((n, i) => `${i + 1}. ${escape(n.text)}`);
  const notes = facts.notes.filter((n) => n.kind === 'NOTE').map((n) => `- ${escape(n.text)}`);
  const polls = facts.polls.map((poll) =>
    [
      `### ${escape(poll.question)}`,
      '',
      `${poll.voterCount} ${poll.voterCount === 1 ? 'vote' : 'votes'}${poll.anonymous ? ' (anonymous)' : ''}`,
      '',
      '| Option | Votes |',
      '| --- | ---: |',
      ...poll.options.map((o) => `| ${escape(o.label)} | ${o.votes} |`),
    ].join('\n'),
  );
  // Plain list items, not GFM task lists: those render as unlabelled checkboxes a screen reader cannot name.
  const actions = facts.actionItems.map(
    (a) => `- ${escape(a.text)}: ${escape(a.ownerName)}${a.dueOn ? `, by ${a.dueOn}` : ''} (${a.status === 'DONE' ? 'done' : 'open'})`,
  );
  return [
    header,
    ...live,
    list('Decisions', decisions),
    list('Notes', notes),
    polls.length === 0 ? null : ['## Poll results', '', polls.join('\n\n')].join('\n'),
    list('Action items', actions),
  ]
    .filter((section): section is string => section !== null)
    .join('\n\n')
    .concat('\n');
}

/** The facts of a meeting for its minutes: four statements in the command's transaction. */
export async function minutesFacts(em: Em, meetingId: string): Promise<MinutesFacts> {
  const [meeting] = await em.execute<Record<string, any>[]>(
    `select title, starts_at, ends_at, time_zone, venue, format from meeting where id = ?`,
    [meetingId],
  );
  const notes = await em.execute<MinutesFacts['notes']>(
    `select kind, text from meeting_note where meeting_id = ? order by created_at, id`,
    [meetingId],
  );
  const polls = await em.execute<(MinutesFacts['polls'][number] & { options: unknown })[]>(
    `select p.question, p.anonymous, (select count(distinct v.user_id)::int from meeting_poll_vote v where v.poll_id = p.id) as "voterCount",
            coalesce((select json_agg(json_build_object('label', o.label,
              'votes', (select count(*) from meeting_poll_vote v where v.option_id = o.id)) order by o.position)
              from meeting_poll_option o where o.poll_id = p.id), '[]') as options
       from meeting_poll p where p.meeting_id = ? and p.status = 'CLOSED' order by p.created_at, p.id`,
    [meetingId],
  );
  const actionItems = await em.execute<MinutesFacts['actionItems']>(
    `select a.text, coalesce(x.full_name, 'A member') as "ownerName", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn", a.status
       from meeting_action_item a left join app_user u on u.id = a.owner_id left join expert x on x.id = u.expert_id
      where a.meeting_id = ? order by a.created_at, a.id`,
    [meetingId],
  );
  return {
    title: meeting!.title,
    startsAt: meeting!.starts_at ? new Date(meeting!.starts_at) : null,
    endsAt: meeting!.ends_at ? new Date(meeting!.ends_at) : null,
    timeZone: meeting!.time_zone,
    venue: meeting!.venue,
    format: meeting!.format,
    notes,
    polls: polls.map((poll) => ({ ...poll, options: typeof poll.options === 'string' ? JSON.parse(poll.options) : poll.options })),
    actionItems,
  };
}
