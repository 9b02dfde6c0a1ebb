import { randomUUID } from 'node:crypto';
import type { DemoAccountName, TestApp } from '../../test/harness.js';
import { municipalityId } from '../../db/seed/reference-data.js';

export const ACTIVITY_FIELDS = `id title description targetGroups formsOfExploitation startsOn endsOn peopleReached reachNote results lessons
  version authorName scope { level country { code } municipality { id name } } partners { id name } materials { title url }
  viewerCan { edit delete }`;
export const SAVE = `mutation ($input: SavePreventionActivityInput!) { savePreventionActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const LIEPAJA = municipalityId('LV', 'Liepāja');

export function activityInput(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    title: 'Peer education on safe travel',
    description: 'Youth workers ran workshops on job offers abroad for school leavers.',
    targetGroups: ['CHILDREN'],
    formsOfExploitation: ['LABOUR_EXPLOITATION'],
    scope: { level: 'LOCAL', municipalityId: LIEPAJA },
    startsOn: '2026-02-01',
    endsOn: '2026-04-30',
    peopleReached: 120,
    reachNote: 'pupils of three schools',
    results: 'Pupils know where to ask.',
    lessons: 'Start in autumn.',
    partnerIds: [],
    materials: [{ title: 'Workshop guide', url: 'https://example.org/guide.pdf' }],
    confirmations: [],
    ...overrides,
  };
}

export async function saveActivity(app: TestApp, who: DemoAccountName | null, input: Record<string, unknown>) {
  return app.gql(SAVE, { input }, { as: who ? await app.cookieOf(who) : null });
}
