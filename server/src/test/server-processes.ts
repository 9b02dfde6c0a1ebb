import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../db/seed/demo-accounts.js';

// Real server processes for the scale-out tests (*.postgres.test.ts): `main.ts` under tsx, each on a port of its own,
// sharing one PostgreSQL database and one Redis.

export interface ServerProcess {
  process: ChildProcess;
  url: string;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const main = fileURLToPath(new URL('../main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@strom/source', main], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Strom is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { process: child, url };
}

export async function stopServer(server: ServerProcess): Promise<void> {
  server.process.kill('SIGTERM');
  if (server.process.exitCode === null) await once(server.process, 'exit');
}

export async function post(url: string, query: string, variables?: object, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as { data: any; errors?: unknown[] }), setCookie: response.headers.getSetCookie() };
}

/** Signs in with the demo password; returns the session cookie, valid on every process (sessions live in the database). */
export async function signIn(url: string, email: string): Promise<string> {
  const result = await post(url, `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  const cookie = result.setCookie.find((c) => c.startsWith('strom_session='))?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return cookie;
}

/** Runs one statement on the admin connection (`TEST_DATABASE_URL`): create and drop the test's database. */
export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The environment of a server process over its own database of the test server, with a per-run Redis prefix. */
export function scaleOutEnv(databaseName: string): NodeJS.ProcessEnv {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${databaseName}`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL!,
    REDIS_CHANNEL_PREFIX: `strom-test-${databaseName}`,
    SEED_DEMO: 'true',
  };
}
