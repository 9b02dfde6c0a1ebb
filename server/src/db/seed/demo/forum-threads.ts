// The demo forums' conversations: fictional members discussing real practice (no victim data, no personal data
// of anyone outside the network). Pure data; demo-forums.ts writes it with stable ids.

export type DemoAuthor = 'admin' | 'coordinator.lv' | 'coordinator.lt' | 'moderator' | 'member.lv' | 'member.pl' | 'suspended';

export interface DemoPost {
  by: DemoAuthor;
  text: string;
  /** Index (0-based) of the post this answers. */
  replyTo?: number;
  reactions?: { by: DemoAuthor; kind: 'THANKS' | 'AGREE' | 'USEFUL' }[];
}

export interface DemoThread {
  key: string;
  forum: string;
  title: string;
  tags: string[];
  posts: DemoPost[];
  pinned?: boolean;
  /** Index of the post marked as the answer. */
  solved?: number;
}

export const REGIONAL_THREADS: DemoThread[] = [
  {
    key: 'bsr-nrm-overview',
    forum: 'referral-mechanisms-bsr',
    title: 'How this forum works: national referral mechanisms at a glance',
    tags: ['nrm', 'orientation'],
    pinned: true,
    posts: [
      {
        by: 'moderator',
        text: 'Welcome. This forum compares **national referral mechanisms** across the region.\n\n- Start one thread per question\n- Name the statute or guideline you rely on\n- Never post anything that identifies a victim: the editor checks for ID numbers, phone numbers and birth dates',
        reactions: [
          { by: 'member.lv', kind: 'THANKS' },
          { by: 'member.pl', kind: 'USEFUL' },
        ],
      },
    ],
  },
  {
    key: 'bsr-cross-border-transfer',
    forum: 'referral-mechanisms-bsr',
    title: 'Cross-border transfer of a case: which contact point goes first?',
    tags: ['cross-border', 'referral'],
    solved: 2,
    posts: [
      {
        by: 'member.pl',
        text: 'When a presumed victim identified in Gdańsk wants to return to Latvia, do we contact the Latvian national coordinator first, or the municipal social service of the home town?',
      },
      {
        by: 'member.lv',
        text: 'In our practice the State Police contact point is informed first only if criminal proceedings are open. Otherwise the social service of the municipality takes over.',
        replyTo: 0,
      },
      {
        by: 'coordinator.lv',
        text: 'To make it concrete: write to the national coordinator, who forwards to the municipal social service within two working days and confirms back to you. The municipality then plans the return with the service provider. The CBSS guidelines for municipalities describe the same sequence in the chapter on transnational referral.',
        replyTo: 0,
        reactions: [
          { by: 'member.pl', kind: 'USEFUL' },
          { by: 'moderator', kind: 'AGREE' },
        ],
      },
      { by: 'member.pl', text: 'Thank you, that is the answer I needed. Marking it as solved.', replyTo: 2 },
    ],
  },
  {
    key: 'bsr-reflection-period',
    forum: 'referral-mechanisms-bsr',
    title: 'Reflection period lengths compared (30, 60, 90 days)',
    tags: ['reflection-period', 'legislation'],
    posts: [
      {
        by: 'coordinator.lt',
        text: 'Lithuania grants a 30-day reflection period. I am collecting the lengths and their legal basis across the region for our working paper. Corrections welcome.',
      },
      {
        by: 'member.lv',
        text: 'Latvia: 30 days, extendable; the state-funded rehabilitation course is up to 180 days.',
        reactions: [{ by: 'coordinator.lt', kind: 'THANKS' }],
      },
      { by: 'member.pl', text: 'Poland: up to 3 months for foreign nationals, under the Act on Foreigners.' },
    ],
  },
  {
    key: 'bsr-labour-indicators',
    forum: 'referral-mechanisms-bsr',
    title: 'Indicators of labour exploitation in seasonal agriculture',
    tags: ['labour-exploitation', 'indicators'],
    posts: [
      {
        by: 'member.lv',
        text: 'Which indicators do your labour inspectors use during the berry season? We are updating our checklist and would like to compare.',
      },
      {
        by: 'coordinator.lt',
        text: 'Withheld documents, debts to the recruiter, housing provided by the employer and deducted from wages, and no written contract in a language the worker understands.',
        replyTo: 0,
        reactions: [{ by: 'member.lv', kind: 'USEFUL' }],
      },
    ],
  },
  {
    key: 'bsr-child-protection',
    forum: 'referral-mechanisms-bsr',
    title: 'Question to every child-protection officer: guardians for unaccompanied minors',
    tags: ['children', 'guardianship'],
    posts: [
      {
        by: 'coordinator.lt',
        text: 'How quickly is a guardian appointed in your country for an unaccompanied minor who may be a victim? We see delays of a week or more.',
      },
      { by: 'member.pl', text: 'The family court appoints a temporary guardian, usually within 48 hours in Pomorskie.', replyTo: 0 },
      { by: 'suspended', text: 'In our municipality the social service acts as interim guardian until the court decides.', replyTo: 0 },
    ],
  },
  {
    key: 'bsr-data-protection',
    forum: 'referral-mechanisms-bsr',
    title: 'Sharing case information between countries without breaking data protection',
    tags: ['data-protection', 'cross-border'],
    posts: [
      {
        by: 'admin',
        text: 'A reminder of the rule of this platform: discuss procedures, never persons. Case files travel through the official channels, not through the forum.',
      },
      {
        by: 'member.lv',
        text: 'Agreed. We use anonymised case summaries in meetings and the secure channel of the police for anything else.',
        reactions: [{ by: 'admin', kind: 'AGREE' }],
      },
    ],
  },
  {
    key: 'bsr-campaign-tartu',
    forum: 'prevention-practice',
    title: 'What worked in the Tartu student-job campaign',
    tags: ['prevention', 'campaign'],
    posts: [
      {
        by: 'coordinator.lt',
        text: 'The Tartu campaign reached students looking for summer jobs abroad with short videos and a checklist of questions to ask an employer. Has anyone measured reach in a similar campaign?',
      },
      {
        by: 'member.pl',
        text: 'We counted visits to the checklist page and calls to the hotline before and after. Calls rose by a third in the campaign month.',
        replyTo: 0,
        reactions: [{ by: 'coordinator.lt', kind: 'USEFUL' }],
      },
    ],
  },
  {
    key: 'bsr-hotline-languages',
    forum: 'prevention-practice',
    title: 'Hotline languages: is Ukrainian covered everywhere now?',
    tags: ['hotline', 'languages'],
    posts: [
      { by: 'member.lv', text: 'Our hotline added Ukrainian in 2022. Which hotlines in the region still lack it?' },
      { by: 'member.pl', text: 'Covered in Poland, with Russian and English too.', replyTo: 0 },
    ],
  },
  {
    key: 'bsr-school-materials',
    forum: 'prevention-practice',
    title: 'Teaching materials for secondary schools',
    tags: ['prevention', 'schools'],
    posts: [
      { by: 'moderator', text: 'Please share lesson plans you have used with 15 to 18 year olds, with the language they are in.' },
      {
        by: 'member.lv',
        text: 'We have a two-lesson module in Latvian and Russian on recruitment through social media.',
        reactions: [{ by: 'moderator', kind: 'THANKS' }],
      },
    ],
  },
  {
    key: 'bsr-employer-dialogue',
    forum: 'prevention-practice',
    title: 'Working with employers in construction',
    tags: ['labour-exploitation', 'prevention'],
    posts: [
      {
        by: 'member.pl',
        text: 'Has anyone run a dialogue with construction employers on subcontracting chains? Looking for an agenda that worked.',
      },
    ],
  },
];

export const GROUP_THREADS: DemoThread[] = [
  {
    key: 'group-procedure-draft',
    forum: 'riga-jelgava-liepaja-referral',
    title: 'Joint referral procedure: draft 2 for comments',
    tags: ['procedure'],
    pinned: true,
    posts: [
      {
        by: 'coordinator.lv',
        text: 'Draft 2 merges the three municipal flowcharts. Open points: who convenes the case conference, and the hand-over when a person moves between our municipalities.',
      },
      {
        by: 'member.lv',
        text: 'Riga can convene for the first 30 days; after that the municipality of residence takes over.',
        replyTo: 0,
        reactions: [{ by: 'coordinator.lv', kind: 'AGREE' }],
      },
    ],
  },
  {
    key: 'group-meeting-notes',
    forum: 'riga-jelgava-liepaja-referral',
    title: 'Notes from the working meeting in Jelgava',
    tags: ['meeting'],
    posts: [
      { by: 'member.lv', text: 'Agreed: one shared contact list, reviewed every quarter; a joint training for social workers in spring.' },
    ],
  },
  {
    key: 'group-budget',
    forum: 'riga-jelgava-liepaja-referral',
    title: 'Shared budget line for interpretation',
    tags: ['budget'],
    posts: [
      {
        by: 'coordinator.lv',
        text: 'Proposal: each municipality contributes to one interpretation budget, used by whichever of us meets the person first.',
      },
    ],
  },
];
