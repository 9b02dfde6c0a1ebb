import type { FormOfExploitation, Level, TargetGroup } from '@strom/shared';
import type { Em } from '../../orm.js';
import { municipalityId } from '../reference-data.js';
import { stableId } from '../stable-id.js';
import type { DemoAuthor } from './forum-threads.js';

interface DemoActivity {
  key: string;
  by: DemoAuthor;
  title: string;
  description: string;
  targetGroups: TargetGroup[];
  forms: FormOfExploitation[];
  place: { level: Level; country?: string; municipality?: string };
  startsOn: string;
  endsOn: string | null;
  peopleReached: number | null;
  reachNote: string | null;
  results: string;
  lessons: string;
  /** Shared with anonymous visitors (dissemination). */
  public?: true;
}

const local = (country: string, municipality: string) => ({ level: 'LOCAL' as const, country, municipality });
const national = (country: string) => ({ level: 'NATIONAL' as const, country });

/** Twelve invented activities across the region, of the kinds municipalities and NGOs report in STROM material; four are public. */
const ACTIVITIES: DemoActivity[] = [
  {
    key: 'lv-liepaja-schools',
    public: true,
    by: 'member.lv',
    title: 'Safe work abroad: lessons in vocational schools',
    description: 'Social workers and a youth NGO gave two-hour lessons on recruitment offers, debt bondage and where to ask for help.',
    targetGroups: ['CHILDREN'],
    forms: ['LABOUR_EXPLOITATION', 'SEXUAL_EXPLOITATION'],
    place: local('LV', 'Liepāja'),
    startsOn: '2025-09-01',
    endsOn: '2026-05-31',
    peopleReached: 640,
    reachNote: 'pupils in the last two years of 6 vocational schools',
    results: 'Pupils checked two real job offers with the teachers; the hotline number is now on every school notice board.',
    lessons: 'Lessons work best when a former seasonal worker tells what the offer did not say.',
  },
  {
    key: 'lv-riga-outreach',
    by: 'coordinator.lv',
    title: 'Evening outreach at bus stations',
    description: 'Outreach workers spoke with young people leaving on long-distance buses and handed out cards with the helpline.',
    targetGroups: ['ADULT_WOMEN', 'ADULT_MEN'],
    forms: ['LABOUR_EXPLOITATION', 'FORCED_OR_SHAM_MARRIAGE'],
    place: local('LV', 'Riga'),
    startsOn: '2026-03-01',
    endsOn: null,
    peopleReached: 1200,
    reachNote: 'conversations over the first eight months',
    results: 'Calls to the helpline from travellers rose in the weeks after each outreach evening.',
    lessons: 'Two workers per evening is the minimum; cards in Latvian, Russian and English are all needed.',
  },
  {
    key: 'lv-national-campaign',
    public: true,
    by: 'coordinator.lv',
    title: 'National campaign on sham marriages',
    description: 'A social-media and radio campaign on offers of paid marriages to non-EU nationals, with stories from the shelter.',
    targetGroups: ['ADULT_WOMEN'],
    forms: ['FORCED_OR_SHAM_MARRIAGE'],
    place: national('LV'),
    startsOn: '2024-10-01',
    endsOn: '2024-12-31',
    peopleReached: 210000,
    reachNote: 'people who saw the videos at least once',
    results: 'Municipal social services reported more questions from families about offers abroad.',
    lessons: 'Radio reached rural areas the online videos did not.',
  },
  {
    key: 'lt-klaipeda-port',
    by: 'coordinator.lt',
    title: 'Information desk for seafarers and port workers',
    description: 'The municipality and a trade union held a weekly desk in the port on contracts, wages and withheld documents.',
    targetGroups: ['MIGRANT_WORKERS', 'ADULT_MEN'],
    forms: ['LABOUR_EXPLOITATION'],
    place: local('LT', 'Klaipėda'),
    startsOn: '2025-04-01',
    endsOn: '2025-10-31',
    peopleReached: 380,
    reachNote: 'workers who came to the desk',
    results: 'Eleven workers were referred to the labour inspectorate; two cases went to the police.',
    lessons: 'Interpreters for Ukrainian and Uzbek were needed from the first week.',
  },
  {
    key: 'lt-kaunas-care-homes',
    by: 'coordinator.lt',
    title: 'Training for staff of children’s care homes',
    description: 'Child-protection officers trained care-home staff to notice grooming and recruitment of residents.',
    targetGroups: ['CHILDREN', 'UNACCOMPANIED_MINORS'],
    forms: ['SEXUAL_EXPLOITATION', 'FORCED_CRIMINALITY'],
    place: local('LT', 'Kaunas'),
    startsOn: '2026-01-15',
    endsOn: '2026-06-30',
    peopleReached: 95,
    reachNote: 'staff of 9 care homes',
    results: 'Every home named a contact person and agreed how to alert child protection.',
    lessons: 'Short case exercises kept the night staff engaged better than lectures.',
  },
  {
    key: 'ee-narva-language',
    by: 'admin',
    title: 'Job-offer checks in Russian-language media',
    description: 'A weekly column and call-in hour in local Russian-language media on how to check a job offer abroad.',
    targetGroups: ['ADULT_WOMEN', 'ADULT_MEN'],
    forms: ['LABOUR_EXPLOITATION'],
    place: local('EE', 'Narva'),
    startsOn: '2025-02-01',
    endsOn: '2025-12-31',
    peopleReached: 15000,
    reachNote: 'estimated readers and listeners',
    results: 'Callers asked about agencies that later appeared in labour-inspectorate warnings.',
    lessons: 'A fixed weekly slot built trust; one-off articles did not.',
  },
  {
    key: 'fi-national-farms',
    public: true,
    by: 'admin',
    title: 'Berry-picking season: checks and information',
    description: 'Labour inspectors, police and an NGO visited farms during the berry season with information in workers’ languages.',
    targetGroups: ['MIGRANT_WORKERS'],
    forms: ['LABOUR_EXPLOITATION'],
    place: national('FI'),
    startsOn: '2025-07-01',
    endsOn: '2025-09-30',
    peopleReached: 2300,
    reachNote: 'seasonal workers met on farms',
    results: 'Joint visits found unpaid wages on several farms and led to two investigations.',
    lessons: 'Workers spoke more freely to the NGO than to inspectors; separate conversations matter.',
  },
  {
    key: 'se-malmo-asylum',
    by: 'moderator',
    title: 'Information sessions in reception centres',
    description: 'Sessions for asylum seekers on risks of undeclared work and on rights as a possible victim.',
    targetGroups: ['ASYLUM_SEEKERS', 'UNACCOMPANIED_MINORS'],
    forms: ['LABOUR_EXPLOITATION', 'SEXUAL_EXPLOITATION', 'FORCED_CRIMINALITY'],
    place: local('SE', 'Malmö'),
    startsOn: '2024-03-01',
    endsOn: '2025-02-28',
    peopleReached: 870,
    reachNote: 'participants in 40 sessions',
    results: 'Reception staff now refer questions about suspicious offers to the municipal coordinator.',
    lessons: 'Separate sessions for young men under 18 were asked for and worked well.',
  },
  {
    key: 'pl-gdansk-agencies',
    by: 'member.pl',
    title: 'Temporary-work agencies: a code of practice',
    description: 'The city, employers and an NGO agreed a code for agencies placing foreign workers, with a complaints contact.',
    targetGroups: ['MIGRANT_WORKERS'],
    forms: ['LABOUR_EXPLOITATION'],
    place: local('PL', 'Gdańsk'),
    startsOn: '2025-05-01',
    endsOn: null,
    peopleReached: 24,
    reachNote: 'agencies that signed the code',
    results: 'Complaints reach a named contact; two agencies left the code after checks.',
    lessons: 'Employers joined once large clients asked their agencies to sign.',
  },
  {
    key: 'dk-copenhagen-lgbtiq',
    by: 'moderator',
    title: 'Peer outreach with LGBTIQ communities',
    description: 'Trained peers shared information on exploitation in online dating and housing offers through community events.',
    targetGroups: ['LGBTIQ'],
    forms: ['SEXUAL_EXPLOITATION'],
    place: local('DK', 'Copenhagen'),
    startsOn: '2026-02-01',
    endsOn: '2026-11-30',
    peopleReached: 450,
    reachNote: 'people met at events',
    results: 'Community groups now link to the national helpline on their pages.',
    lessons: 'Peers need supervision and a clear route to refer a worrying story.',
  },
  {
    key: 'no-bergen-disability',
    by: 'admin',
    title: 'Easy-read material on exploitation',
    description: 'Easy-read leaflets and a film for persons with intellectual disabilities, tested with users before printing.',
    targetGroups: ['PERSONS_WITH_DISABILITIES'],
    forms: ['LABOUR_EXPLOITATION', 'FORCED_BEGGING'],
    place: local('NO', 'Bergen'),
    startsOn: '2025-01-10',
    endsOn: '2025-08-31',
    peopleReached: 300,
    reachNote: 'users of day centres who took part',
    results: 'Day-centre staff use the film in their own sessions.',
    lessons: 'Testing with users changed half of the pictures.',
  },
  {
    key: 'region-begging',
    public: true,
    by: 'coordinator.lt',
    title: 'Cross-border study days on forced begging',
    description: 'Social workers and police from several countries compared how they recognise and respond to forced begging.',
    targetGroups: ['CHILDREN', 'PERSONS_WITH_DISABILITIES'],
    forms: ['FORCED_BEGGING', 'FORCED_CRIMINALITY'],
    place: { level: 'REGIONAL' },
    startsOn: '2024-11-12',
    endsOn: '2024-11-14',
    peopleReached: 60,
    reachNote: 'professionals from 7 countries',
    results: 'A shared checklist for first contact with a begging child.',
    lessons: 'Joint visits with the host city’s outreach team were the most useful part.',
  },
];

const userId = (author: DemoAuthor) => stableId(`user:${author}@demo.strom.invalid`);

/**
 * The demo prevention catalogue. Partners are the first two active organisations of the place, by name: the demo
 * network is generated deterministically, so they are the same on every run.
 */
export async function seedDemoPrevention(em: Em): Promise<void> {
  for (const activity of ACTIVITIES) {
    const id = stableId(`prevention:${activity.key}`);
    const municipality = activity.place.municipality ? municipalityId(activity.place.country!, activity.place.municipality) : null;
    await em.execute(
      `insert into prevention_activity (id, author_id, title, description, target_groups, forms_of_exploitation, level, country_code,
         municipality_id, starts_on, ends_on, people_reached, reach_note, results, lessons, materials, visibility, created_at, updated_at)
         values (?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, '[]'::jsonb, ?, '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')
       on conflict (id) do nothing`,
      [
        id,
        userId(activity.by),
        activity.title,
        activity.description,
        `{${activity.targetGroups.join(',')}}`,
        `{${activity.forms.join(',')}}`,
        activity.place.level,
        activity.place.country ?? null,
        municipality,
        activity.startsOn,
        activity.endsOn,
        activity.peopleReached,
        activity.reachNote,
        activity.results,
        activity.lessons,
        activity.public ? 'PUBLIC' : 'NETWORK',
      ],
    );
    await em.execute(
      `insert into prevention_partner (activity_id, organisation_id, position)
         select ?, o.id, (row_number() over (order by o.name, o.id)) - 1 from organisation o
           where o.status = 'ACTIVE' and o.level = ? and o.country_code is not distinct from ? and o.municipality_id is not distinct from ?
           order by o.name, o.id limit 2
       on conflict do nothing`,
      [id, activity.place.level, activity.place.country ?? null, municipality],
    );
  }
}
