// Intake: the public report API over real HTTP against a real server process, and the database's
// own limit for the same rows written straight through a driver, at the same concurrency.
import { createHash, randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import autocannon from 'autocannon';
import pg from 'pg';
import { type Backend, load, log, percentiles, type Percentiles, rssMb, startServer } from './harness.ts';

export const CONCURRENCY = [1, 16, 64] as const;

export interface RunFigures extends Percentiles {
  concurrency: number;
  reportsPerSecond: number;
  failed: number;
  load: number;
}

export interface IntakeFigures {
  http: RunFigures[];
  limit: RunFigures[];
  /** The same, but each report numbered by the client instead of the shared reference counter row. */
  limitWithoutCounter: RunFigures[];
  serverRssMb: number;
}

// The valid body of src/server/reports/public-reports.routes.test.ts: Urdu text (language
// detection), a point to place in the force's boundaries, contact details kept apart.
const BODY = JSON.stringify({
  kind: 'hate_crime',
  description: 'سکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر گالیاں دیں اور ہم پر تھوکا',
  occurredAt: '2026-11-24T06:30:00Z',
  strands: ['religion', 'race'],
  perceivedReligion: 'muslim',
  location: { latitude: 53.48, longitude: -2.24, description: 'outside the school gate' },
  reporterRole: 'victim',
  anonymous: false,
  contact: { name: 'Ayesha', phone: '07700 900123', language: 'ur', needsInterpreter: true, notes: 'a female officer who speaks Urdu, please' },
});
const REPORT = JSON.parse(BODY) as { description: string; contact: { name: string; phone: string } };

const requestsAt = (c: number, quick: boolean) => (c === 1 ? (quick ? 300 : 500) : quick ? 1500 : 3000);

async function httpRun(url: string, concurrency: number, amount: number): Promise<RunFigures> {
  const samples: number[] = [];
  const load0 = load();
  const started = performance.now();
  const instance = autocannon({
    url: `${url}/api/v1/public/reports`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections: concurrency,
    amount,
    timeout: 30,
  });
  let last = started;
  instance.on('response', (_client, status, _bytes, ms) => {
    last = performance.now();
    if (status === 201) {
      samples.push(ms);
    }
  });
  const result = await instance;
  // Until the last answer: autocannon ends a run (and counts its duration) on a whole-second tick.
  const seconds = (last - started) / 1000;
  const failed = result.non2xx + result.errors + result.timeouts;
  return { concurrency, reportsPerSecond: Math.round(samples.length / seconds), failed, load: Math.max(load0, load()), ...percentiles(samples) };
}

/** One database transaction: the statements `submitPublicReport` sends for this body, nothing else. */
type Transact = (work: (query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<void>) => Promise<void>;

let unshared = 0;

async function writeOne(transact: Transact, force: { id: string; code: string }, areaId: string | null, sharedCounter: boolean): Promise<void> {
  await transact(async (query) => {
    await query(`select set_config('app.force_ids', $1, true)`, [`{${force.id}}`]);
    await query('set local role cohesion_app', []);
    const year = new Date().getUTCFullYear();
    const counter = sharedCounter
      ? await query(
          `insert into reference_counters (force_id, prefix, year, last) values ($1, 'HC', $2, 1)
           on conflict (force_id, prefix, year) do update set last = reference_counters.last + 1 returning last`,
          [force.id, year],
        )
      : { rows: [{ last: `X${++unshared}` }] };
    const reference = `${force.code}-HC-${year}-${String(counter.rows[0]?.['last']).padStart(6, '0')}`;
    const report = await query(
      `insert into reports (force_id, reference, kind, channel, description, language, language_detected, needs_interpreter,
         occurred_at, strands, perceived_religion, location_latitude, location_longitude, location_description, area_id,
         reporter_role, anonymous, secret_hash)
       values ($1, $2, 'hate_crime', 'web', $3, 'ur', true, true, '2026-11-24T06:30:00Z', '{religion,race}', 'muslim',
         53.48, -2.24, 'outside the school gate', $4, 'victim', false, $5) returning *`,
      [force.id, reference, REPORT.description, areaId, createHash('sha256').update(randomBytes(16)).digest('hex')],
    );
    const id = report.rows[0]?.['id'];
    await query(
      `insert into report_contacts (report_id, force_id, name, phone, language, needs_interpreter, needs_text_relay, notes)
       values ($1, $2, $3, $4, 'ur', true, false, 'a female officer who speaks Urdu, please')`,
      [id, force.id, REPORT.contact.name, REPORT.contact.phone],
    );
    await query(
      `insert into report_events (force_id, report_id, actor_name, kind, details) values ($1, $2, 'public:report', 'received', $3)`,
      [force.id, id, JSON.stringify({ channel: 'web', language: 'ur', detected: true })],
    );
    await query(`select pg_notify('cohesion_reports', $1)`, [JSON.stringify({ forceId: force.id, reportId: id, change: 'received' })]);
    await query(
      `insert into audit_events (force_id, actor_email, action, record_type, record_id, ip, details)
       values ($1, 'public:report', 'report.received', 'report', $2, '127.0.0.1', $3)`,
      [force.id, id, JSON.stringify({ channel: 'web', withContactDetails: true })],
    );
  });
}

async function limitRun(
  transact: Transact,
  force: { id: string; code: string },
  areaId: string | null,
  concurrency: number,
  amount: number,
  sharedCounter = true,
): Promise<RunFigures> {
  const samples: number[] = [];
  const load0 = load();
  let started = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < amount) {
        started++;
        const t = performance.now();
        try {
          await writeOne(transact, force, areaId, sharedCounter);
          samples.push(performance.now() - t);
        } catch {
          failed++;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { concurrency, reportsPerSecond: Math.round(samples.length / seconds), failed, load: Math.max(load0, load()), ...percentiles(samples) };
}

/** A driver straight to the database: a pool as wide as the concurrency, or PGlite's one connection. */
async function openDriver(backend: Backend, concurrency: number): Promise<{ transact: Transact; close(): Promise<void> }> {
  if (backend.name === 'pglite') {
    const db = await PGlite.create(backend.location, { extensions: { pg_trgm } });
    return {
      transact: (work) => db.transaction(async (tx) => work((text, params) => tx.query<Record<string, unknown>>(text, params))),
      close: () => db.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: backend.location, max: concurrency });
  pool.on('error', () => {}); // an idle client dropped with the scratch database is no failure
  return {
    async transact(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await work((text, params) => client.query(text, params));
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function measureIntake(backend: Backend, quick: boolean): Promise<IntakeFigures> {
  const server = await startServer({ ...backend.env, COHESION_DEMO: '1', PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  const http: RunFigures[] = [];
  let serverRssMb: number;
  try {
    await httpRun(server.url, 4, 100); // warm-up: code paths compiled, caches filled
    for (const c of CONCURRENCY) {
      const figures = await httpRun(server.url, c, requestsAt(c, quick));
      log(`  ${backend.name} HTTP   c=${c}: ${figures.reportsPerSecond} reports/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms${figures.failed ? `, ${figures.failed} failed` : ''} (load ${figures.load})`);
      http.push(figures);
    }
    serverRssMb = rssMb(server.pid);
  } finally {
    await server.stop();
  }
  const limit: RunFigures[] = [];
  const limitWithoutCounter: RunFigures[] = [];
  for (const c of CONCURRENCY) {
    const driver = await openDriver(backend, c);
    try {
      let force = { id: '', code: '' };
      let areaId: string | null = null;
      await driver.transact(async (query) => {
        const row = (await query(`select id, code from forces where code = 'DEMO'`, [])).rows[0];
        force = { id: String(row?.['id']), code: String(row?.['code']) };
        areaId = ((await query(`select id from areas where force_id = $1 and level = 'policing_area' order by code limit 1`, [force.id])).rows[0]?.['id'] as string) ?? null;
      });
      await limitRun(driver.transact, force, areaId, Math.min(c, 4), 50);
      const figures = await limitRun(driver.transact, force, areaId, c, requestsAt(c, quick));
      log(`  ${backend.name} limit  c=${c}: ${figures.reportsPerSecond} reports/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms${figures.failed ? `, ${figures.failed} failed` : ''} (load ${figures.load})`);
      limit.push(figures);
      const free = await limitRun(driver.transact, force, areaId, c, requestsAt(c, quick), false);
      log(`  ${backend.name} no-counter c=${c}: ${free.reportsPerSecond} reports/s, p50 ${free.p50} ms, p95 ${free.p95} ms (load ${free.load})`);
      limitWithoutCounter.push(free);
    } finally {
      await driver.close();
    }
  }
  return { http, limit, limitWithoutCounter, serverRssMb };
}
