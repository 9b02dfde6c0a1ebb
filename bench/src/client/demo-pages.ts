/** A page S8 measures: its route, the address opened, and whether it needs a signed-in member. */
export interface S8Page {
  route: string;
  path: string;
  signedIn: boolean;
}

/** The demo's public forum (server/src/db/seed/demo-forums.ts): a visitor reads it and its threads. */
const PUBLIC_FORUM = 'referral-mechanisms-bsr';
/** A demo member without two-factor (server/src/db/seed/demo-accounts.ts), invited to the demo meetings. */
const MEMBER = { email: 'member.pl@demo.strom.invalid', password: 'baltic-demo-password' };

const visitor = (route: string, path = route): S8Page => ({ route, path, signedIn: false });

async function graphql<T>(base: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || json.errors || !json.data) throw new Error(`S8 ${query.slice(0, 40)}…: ${JSON.stringify(json).slice(0, 300)}`);
  return { data: json.data, response };
}

/** Signs the demo member in and returns the session cookie (name=value) a browser would send. */
export async function signInDemoMember(base: string): Promise<string> {
  const { data, response } = await graphql<{ signIn: { totpRequired: boolean; viewer: { id: string } | null } }>(
    base,
    'mutation S8SignIn($input: SignInInput!) { signIn(input: $input) { totpRequired viewer { id } } }',
    { input: MEMBER },
  );
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  if (!data.signIn.viewer || !cookie) throw new Error(`S8: the demo member could not sign in: ${JSON.stringify(data)}`);
  return cookie;
}

/**
 * The pages a visitor opens first (issue 15) and the forum and meeting pages, with ids read from the demo
 * network: signed out where the page is public, as the demo member where it needs a session.
 */
export async function s8Pages(base: string, cookie: string): Promise<S8Page[]> {
  const forum = await graphql<{ forum: { threads: { edges: { node: { id: string } }[] } } | null }>(
    base,
    'query S8Forum($slug: String!) { forum(slug: $slug) { threads(first: 1) { edges { node { id } } } } }',
    { slug: PUBLIC_FORUM },
  );
  const threadId = forum.data.forum?.threads.edges[0]?.node.id;
  if (!threadId) throw new Error(`S8: the demo forum ${PUBLIC_FORUM} is missing or has no thread a visitor can read`);
  const meetings = await graphql<{ meetings: { edges: { node: { id: string } }[] } }>(
    base,
    'query S8Meetings { meetings(first: 1, when: PAST) { edges { node { id } } } }',
    {},
    cookie,
  );
  const meetingId = meetings.data.meetings.edges[0]?.node.id;
  if (!meetingId) throw new Error('S8: the demo member sees no past meeting');
  return [
    visitor('/'),
    visitor('/experts'),
    visitor('/organisations'),
    visitor('/map'),
    visitor('/forums'),
    visitor('/forums/:slug', `/forums/${PUBLIC_FORUM}`),
    visitor('/t/:id', `/t/${threadId}`),
    { route: '/meetings', path: '/meetings', signedIn: true },
    { route: '/meetings/:id', path: `/meetings/${meetingId}`, signedIn: true },
  ];
}

/** BENCH_S8_PAGES=/,/t/:id measures only those routes (to look at one page without the whole set). */
export function selectedPages(pages: S8Page[], only = process.env.BENCH_S8_PAGES): S8Page[] {
  if (!only) return pages;
  const routes = only.split(',').map((route) => route.trim());
  const unknown = routes.filter((route) => !pages.some((page) => page.route === route));
  if (unknown.length > 0) throw new Error(`BENCH_S8_PAGES: no such page ${unknown.join(', ')} (${pages.map((p) => p.route).join(', ')})`);
  return pages.filter((page) => routes.includes(page.route));
}
