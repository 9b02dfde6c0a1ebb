import { Client } from 'pg';
import type { SqlClient } from './insert.js';

/** A uniquely named database for one bench run, created and dropped through the admin connection. */
export interface TempDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

export async function createTempDatabase(adminUrl: string): Promise<TempDatabase> {
  const name = `strom_bench_${Date.now()}_${process.pid}`;
  await withAdmin(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function withPostgres<T>(url: string, work: (client: SqlClient) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
