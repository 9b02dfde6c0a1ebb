import type { DemoAuthor, DemoThread } from './forum-threads.js';

/** The national forums and, in each, three conversations every national network has. */
export const NATIONAL_FORUMS: { countryCode: string; country: string; city: string }[] = [
  { countryCode: 'DK', country: 'Denmark', city: 'Copenhagen' },
  { countryCode: 'EE', country: 'Estonia', city: 'Tartu' },
  { countryCode: 'FI', country: 'Finland', city: 'Helsinki' },
  { countryCode: 'DE', country: 'Germany', city: 'Hamburg' },
  { countryCode: 'LV', country: 'Latvia', city: 'Riga' },
  { countryCode: 'LT', country: 'Lithuania', city: 'Vilnius' },
  { countryCode: 'NO', country: 'Norway', city: 'Oslo' },
  { countryCode: 'PL', country: 'Poland', city: 'Gdańsk' },
  { countryCode: 'SE', country: 'Sweden', city: 'Stockholm' },
];

const LOCAL_AUTHOR: Record<string, DemoAuthor> = { LV: 'member.lv', PL: 'member.pl', LT: 'coordinator.lt' };

export const nationalForumKey = (countryCode: string) => `national-${countryCode.toLowerCase()}`;

export function nationalThreads(): DemoThread[] {
  return NATIONAL_FORUMS.flatMap(({ countryCode, country, city }) => {
    const forum = nationalForumKey(countryCode);
    // Authors who read the forum (SCOPE: its country's members, moderators and admins).
    const local = LOCAL_AUTHOR[countryCode] ?? 'moderator';
    const answerer = local === 'moderator' ? 'admin' : 'moderator';
    return [
      {
        key: `${forum}-out-of-hours`,
        forum,
        title: `Out-of-hours referral contact in ${country}`,
        tags: ['referral', 'contacts'],
        solved: 1,
        posts: [
          { by: local, text: `Who takes a referral in ${city} at night or at the weekend? The directory lists office hours only.` },
          {
            by: answerer,
            text: `The police duty officer, who calls the on-duty social worker of the municipality. The number is on the public contact page of the police.`,
            replyTo: 0,
            reactions: [{ by: local, kind: 'THANKS' }],
          },
        ],
      },
      {
        key: `${forum}-guidelines`,
        forum,
        title: `Comments on the updated national referral guidelines (${country})`,
        tags: ['guidelines', 'nrm'],
        posts: [
          {
            by: 'moderator',
            text: `The draft update of the national guidelines is open for comments until the end of the month. Please post comments per chapter.`,
          },
          {
            by: local,
            text: 'Chapter 3 should name the municipal contact point explicitly, as the CBSS guidelines recommend.',
            reactions: [{ by: 'moderator', kind: 'AGREE' }],
          },
        ],
      },
      {
        key: `${forum}-training`,
        forum,
        title: `Training for labour inspectors in ${country}: materials to share`,
        tags: ['training', 'labour-exploitation'],
        posts: [
          {
            by: local,
            text: `We are planning a one-day course for labour inspectors in ${city}. Which case studies and indicator lists have worked for you?`,
          },
        ],
      },
    ];
  });
}
