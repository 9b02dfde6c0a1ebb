import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

const JOIN = `{ joinContacts { countryCode countryName organisations { id name } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

interface Contact {
  countryCode: string;
  organisations: { id: string; name: string }[];
}

describe('joinContacts', () => {
  it('names, for every STROM country, the listed organisations of its national coordinators, for anyone', async () => {
    const result = await app.gql<{ joinContacts: Contact[] }>(JOIN);
    expect(result.errors).toBeUndefined();
    const contacts = result.data!.joinContacts;
    expect(contacts.map((c) => c.countryCode).toSorted()).toEqual(['DE', 'DK', 'EE', 'FI', 'LT', 'LV', 'NO', 'PL', 'RU', 'SE']);
    const withOrganisations = contacts.filter((c) => c.organisations.length > 0);
    expect(withOrganisations.length).toBeGreaterThan(5);
    const ids = withOrganisations.flatMap((c) => c.organisations.map((o) => o.id));
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; publicly_listed: boolean; coordinator: boolean }[]>(
        `select o.id, o.publicly_listed,
                exists (select 1 from role_assignment r join expert e on e.id = r.expert_id
                         where e.organisation_id = o.id and r.role = 'NATIONAL_COORDINATOR' and r.ends_on is null) as coordinator
           from organisation o where o.id in (${ids.map(() => '?').join(', ')})`,
        ids,
      );
    expect(rows).toHaveLength(new Set(ids).size);
    expect(rows.filter((row) => !row.publicly_listed || !row.coordinator)).toEqual([]);
  });

  it('leaves out a coordinator organisation that is not publicly listed', async () => {
    const em = app.orm.em.fork();
    const [hidden] = await em.getConnection().execute<{ id: string }[]>(
      `update organisation set publicly_listed = false
        where id = (select e.organisation_id from role_assignment r join expert e on e.id = r.expert_id
                     where r.role = 'NATIONAL_COORDINATOR' and r.country_code = 'LV' and r.ends_on is null limit 1)
        returning id`,
    );
    const result = await app.gql<{ joinContacts: Contact[] }>(JOIN);
    const latvia = result.data!.joinContacts.find((c) => c.countryCode === 'LV')!;
    expect(latvia.organisations.map((o) => o.id)).not.toContain(hidden!.id);
  });
});
