import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

interface ListedOrganisation {
  id: string;
  description?: string | null;
  services?: { id: string; kind: string; description?: string | null; targetGroups?: string[] }[];
}

const FIRST_PAGE = `query Page($first: Int!) { organisations(first: $first) { totalCount edges { node { ...Listed } } } }`;

async function listWith(fragment: string): Promise<{ statement: string; nodes: ListedOrganisation[]; total: number }> {
  type Page = { organisations: { totalCount: number; edges: { node: ListedOrganisation }[] } };
  let body: { data?: Page | null } = {};
  const statements = await app.countStatements(async () => {
    body = await app.gql<Page>(`${FIRST_PAGE} fragment Listed on Organisation { ${fragment} }`, { first: 50 });
  });
  const statement = statements.find((text) => text.includes('organisation_service')) ?? statements.join('\n');
  return { statement, nodes: body.data!.organisations.edges.map((edge) => edge.node), total: body.data!.organisations.totalCount };
}

describe('the organisation list reads what its query selects', () => {
  it('leaves descriptions and service details out of its statement when nothing asks for them', async () => {
    const { statement, nodes } = await listWith('id services { id kind }');
    expect(nodes.some((node) => (node.services?.length ?? 0) > 0)).toBe(true);
    expect(statement).not.toContain('.description');
    expect(statement).not.toContain('target_groups');
  });

  it('reads them through a fragment when asked, the same as an organisation page', async () => {
    const { statement, nodes } = await listWith('id description services { id description targetGroups }');
    expect(statement).toContain('o.description');
    expect(statement).toContain('s.description');
    const withService = nodes.find((node) => (node.services?.length ?? 0) > 0)!;
    const page = await app.gql<{ organisation: ListedOrganisation }>(
      `query One($id: ID!) { organisation(id: $id) { id description services { id description targetGroups } } }`,
      { id: withService.id },
    );
    expect(page.data!.organisation).toEqual(withService);
  });

  it('reads no services at all when the query selects none, and counts the same organisations', async () => {
    const without = await listWith('id name');
    const withServices = await listWith('id services { id }');
    expect(without.statement).not.toContain('organisation_service');
    expect(without.total).toBe(withServices.total);
    expect(without.nodes.map((node) => node.id)).toEqual(withServices.nodes.map((node) => node.id));
  });
});
