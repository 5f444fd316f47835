// `npm run bench [-- --quick] [-- --only=startup,intake,queries] [-- --backends=pglite,postgres]`:
// start-up and memory, intake against the database's own limit, and queries at 100,000 and
// 1,000,000 reports (100,000 only with --quick), on embedded PGlite and on PostgreSQL when
// reachable. Writes bench/results/latest.json and docs/performance.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Backend, type BackendName, freshBackend, log, ROOT } from './harness.ts';
import { measureIntake, type IntakeFigures } from './intake.bench.ts';
import { measureQueries, type ScaleFigures } from './queries.bench.ts';
import { writePerformanceDoc } from './report.ts';
import { measureStartup, type StartupFigures } from './startup.bench.ts';

const PG_URL = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const listArg = (name: string, all: string[]) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',') ?? all;
const only = listArg('only', ['startup', 'intake', 'queries']);
const scales = quick ? [100_000] : [100_000, 1_000_000];

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

async function withBackend<T>(name: BackendName, work: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = await freshBackend(name, PG_URL);
  try {
    return await work(backend);
  } finally {
    await backend.dispose();
  }
}

const started = Date.now();
const pgVersion = await postgresReachable();
if (!pgVersion) {
  log(`*** SKIPPED: PostgreSQL not reachable at ${PG_URL}: PGlite only`);
}
const backends = listArg('backends', ['pglite', 'postgres']).filter((b): b is BackendName => b === 'pglite' || (b === 'postgres' && pgVersion !== undefined));

const startup: Partial<Record<BackendName, { first: StartupFigures; again: StartupFigures }>> = {};
const intake: Partial<Record<BackendName, IntakeFigures>> = {};
const queries: Partial<Record<BackendName, ScaleFigures[]>> = {};

for (const name of backends) {
  if (only.includes('startup')) {
    log(`start-up on ${name}…`);
    startup[name] = await withBackend(name, async (b) => ({ first: await measureStartup(b.env), again: await measureStartup(b.env) }));
  }
  if (only.includes('intake')) {
    log(`intake on ${name}…`);
    intake[name] = await withBackend(name, (b) => measureIntake(b, quick));
  }
  if (only.includes('queries')) {
    log(`queries on ${name} at ${scales.map((s) => s.toLocaleString('en-GB')).join(' and ')} reports…`);
    queries[name] = await withBackend(name, (b) => measureQueries(b, scales));
  }
}

// The headline figures the scale issue asks for: PostgreSQL (else PGlite), concurrency 64, largest scale.
const headline: BackendName = backends.includes('postgres') ? 'postgres' : 'pglite';
const http64 = intake[headline]?.http.find((r) => r.concurrency === 64);
const limit64 = intake[headline]?.limit.find((r) => r.concurrency === 64);
const free64 = intake[headline]?.limitWithoutCounter.find((r) => r.concurrency === 64);
const largest = queries[headline]?.at(-1);
const date = new Date().toISOString();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const results = {
  date,
  machine,
  quick,
  minutes: Math.round((Date.now() - started) / 6000) / 10,
  postgresVersion: pgVersion ?? null,
  pgliteVersion: '0.5.14',
  headlineBackend: headline,
  intake: {
    backend: headline,
    concurrency: 64,
    reports_per_s: http64?.reportsPerSecond ?? null,
    p95_ms: http64?.p95 ?? null,
    limit_rows_per_s: limit64?.reportsPerSecond ?? null,
    limit_p95_ms: limit64?.p95 ?? null,
    limit_without_counter_rows_per_s: free64?.reportsPerSecond ?? null,
    limit_note: 'limit_rows_per_s: the statements the app sends for one report, straight through pg, one transaction each; limit_without_counter_rows_per_s: the same with the reference numbered by the client, not the shared reference_counters row',
    ratio: http64 && limit64 ? Math.round((http64.reportsPerSecond / limit64.reportsPerSecond) * 100) / 100 : null,
    runs: intake,
  },
  queries: {
    backend: headline,
    reports: largest?.reports ?? null,
    queue_p95_ms: largest?.scenarios.queue.p95 ?? null,
    search_p95_ms: largest?.scenarios.search.p95 ?? null,
    search_rare_p95_ms: largest?.scenarios.search_rare.p95 ?? null,
    deep_page_p95_ms: largest?.scenarios.deep_page.p95 ?? null,
    detail_p95_ms: largest?.scenarios.detail.p95 ?? null,
    daily_pack_p95_ms: largest?.scenarios.daily_pack?.p95 ?? null,
    figures_p95_ms: largest?.scenarios.figures.p95 ?? null,
    tension_map_p95_ms: largest?.scenarios.tension_map?.p95 ?? null,
    runs: queries,
  },
  startup,
};
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writePerformanceDoc(path.join(ROOT, 'docs/performance.md'), results);
log(`done in ${results.minutes} minutes: bench/results/latest.json and docs/performance.md written`);
