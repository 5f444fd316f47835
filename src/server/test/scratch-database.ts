import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on the PostgreSQL server of `serverUrl`, for one test file, end-to-end
 * run or benchmark, so runs never see each other's rows. `drop` removes it, connections and all.
 */
export async function createScratchDatabase(serverUrl: string, purpose: 'test' | 'e2e' | 'bench'): Promise<ScratchDatabase> {
  const name = `cohesion_${purpose}_${randomBytes(6).toString('hex')}`;
  await run(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => dropWhenQuiet(serverUrl, name) };
}

/**
 * Drops a scratch database once its own connections have gone. pg's Pool.end() resolves before
 * its clients have finished closing; forcing the drop at that moment kills them mid-goodbye, and
 * the client that hears "terminating connection" has no listener left, so the test run sees an
 * uncaught error. Wait up to five seconds for them to leave, then force whatever is left.
 */
async function dropWhenQuiet(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if ((rows[0]?.n ?? 0) === 0) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
