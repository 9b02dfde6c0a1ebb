import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { User } from '../user/user.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { roleStatus, RoleStatus } from './role-status.js';

describe('roleStatus', () => {
  it('tells current, past and upcoming assignments apart by calendar day', () => {
    const today = '2026-12-06';
    expect(roleStatus({ startsOn: null, endsOn: null }, today)).toBe(RoleStatus.CURRENT);
    expect(roleStatus({ startsOn: '2026-12-06', endsOn: '2026-12-06' }, today)).toBe(RoleStatus.CURRENT);
    expect(roleStatus({ startsOn: '2015-01-01', endsOn: '2017-06-30' }, today)).toBe(RoleStatus.PAST);
    expect(roleStatus({ startsOn: null, endsOn: '2026-12-05' }, today)).toBe(RoleStatus.PAST);
    expect(roleStatus({ startsOn: '2026-12-07', endsOn: null }, today)).toBe(RoleStatus.UPCOMING);
  });
});

describe('an assignment that ended in 2017', () => {
  let app: TestApp;
  let expertId: string;

  beforeAll(async () => {
    app = await startTestApp({ data: 'demo' });
    const em = app.orm.em.fork();
    const user = await em.findOneOrFail(User, { email: demoEmail('member.lv') }, { populate: ['expert'] });
    const expert = user.expert!.getEntity();
    expertId = expert.id;
    // A role the demo never gives a Latvian member, so the list for it is empty unless the past one counts.
    await em.nativeDelete(RoleAssignment, { role: 'RESEARCHER', expert: { country: 'LV' } });
    const ended = Object.assign(new RoleAssignment(), {
      role: 'RESEARCHER' as const,
      level: 'NATIONAL' as const,
      startsOn: '2015-01-01',
      endsOn: '2017-06-30',
    });
    ended.expert = em.getReference(Expert, expert.id, { wrapped: true });
    ended.country = em.getReference(Country, 'LV', { wrapped: true });
    em.persist(ended);
    await em.flush();
  });
  afterAll(() => app?.close());

  it('shows as past on the profile', async () => {
    const result = await app.gql(
      `query ($id: ID!) { expert(id: $id) { roles { role status } } }`,
      { id: expertId },
      { as: await app.cookieOf('member.pl') },
    );
    const roles: { role: string; status: string }[] = result.data!.expert.roles;
    expect(roles.find((r) => r.role === 'RESEARCHER')?.status).toBe('PAST');
    expect(roles.some((r) => r.status === 'CURRENT')).toBe(true);
  });

  it('is neither listed by the role filter nor counted in the role facet', async () => {
    const as = await app.cookieOf('member.pl');
    const filter = { countryCode: 'LV', role: 'RESEARCHER' };
    const list = await app.gql(`query ($filter: ExpertFilter) { experts(filter: $filter, first: 5) { totalCount } }`, { filter }, { as });
    expect(list.data!.experts.totalCount).toBe(0);
    const facets = await app.gql(
      `query ($filter: ExpertFilter) { expertFacets(filter: $filter) { roles { value count } } }`,
      { filter: { countryCode: 'LV' } },
      { as },
    );
    expect(facets.data!.expertFacets.roles.find((r: { value: string }) => r.value === 'RESEARCHER')).toBeUndefined();
    expect(await app.orm.em.fork().count(Expert, { id: expertId, roles: { role: 'RESEARCHER' } })).toBe(1);
  });
});
