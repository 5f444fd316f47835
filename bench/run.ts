// `npm run bench`: measures what exists so far and writes bench/results/latest.json and
// docs/performance.md. Scenarios for intake, queries and fan-out join as their modules land.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createScratchDatabase } from '../src/server/test/scratch-database.ts';
import { measureStartup, type StartupFigures } from './startup.bench.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PG_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
    await client.end();
    return version;
  } catch {
    return undefined;
  }
}

async function withPostgresDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase(PG_URL, 'bench');
  try {
    return await work(scratch.url);
  } finally {
    await scratch.drop();
  }
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const results: Record<string, { first: StartupFigures; again: StartupFigures }> = {};

log('start-up on embedded PGlite…');
const dir = mkdtempSync(path.join(os.tmpdir(), 'cohesion-bench-'));
results['pglite'] = {
  first: await measureStartup({ COHESION_DATA_DIR: dir, DATABASE_URL: '' }),
  again: await measureStartup({ COHESION_DATA_DIR: dir, DATABASE_URL: '' }),
};
rmSync(dir, { recursive: true, force: true });

const pgVersion = await postgresReachable();
if (pgVersion) {
  log(`start-up on PostgreSQL ${pgVersion}…`);
  results['postgres'] = await withPostgresDatabase(async (url) => ({
    first: await measureStartup({ DATABASE_URL: url }),
    again: await measureStartup({ DATABASE_URL: url }),
  }));
} else {
  log(`*** SKIPPED: PostgreSQL not reachable at ${PG_URL}`);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
writeFileSync(
  path.join(ROOT, 'bench/results/latest.json'),
  `${JSON.stringify({ date, machine, postgresVersion: pgVersion ?? null, startup: results }, null, 2)}\n`,
);

const rows = Object.entries(results).flatMap(([db, r]) =>
  (['first', 'again'] as const).map((k) => {
    const f = r[k];
    const label = k === 'first' ? 'empty database (migrate + demo seed)' : 'existing database';
    return `| ${db} | ${label} | ${f.readyMs} | ${f.rssReadyMb} | ${f.rssAfterLoadMb} | ${f.requestsPerSecond} |`;
  }),
);
const table = [
  '| database | start | ready (ms) | RSS ready (MB) | RSS after load (MB) | /api/health req/s (16 concurrent) |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
writeFileSync(
  path.join(ROOT, 'docs/performance.md'),
  `# Performance

Written by \`npm run bench\` (last run ${date}).
Machine: ${machine}. PostgreSQL server: ${pgVersion ?? 'not measured'}; PGlite 0.5.14.

## Start-up and memory

Time from spawning \`cohesion serve\` to its first healthy answer (the web app already built), the
server's resident memory then, and after ${results['pglite']?.first.requests ?? 0} health checks from 16 concurrent clients.

${table}

The first start on an empty database includes the migrations and the demo force (10 policing areas
and 215 neighbourhoods with their boundaries, 13 users with argon2id hashes).

## Not measured yet

Report intake, the supervisor's queue and search at 1,000,000 reports, the daily pack and message
fan-out arrive with their modules (see the open issues); their targets are in the scale issue.
`,
);
log(table);
