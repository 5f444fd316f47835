// docs/performance.md, written from the figures of one `npm run bench`.
import { writeFileSync } from 'node:fs';
import type { IntakeFigures, RunFigures } from './intake.bench.ts';
import type { ScaleFigures, Scenario } from './queries.bench.ts';
import type { StartupFigures } from './startup.bench.ts';
import type { BackendName } from './harness.ts';

interface Results {
  date: string;
  machine: string;
  quick: boolean;
  minutes: number;
  postgresVersion: string | null;
  pgliteVersion: string;
  headlineBackend: BackendName;
  intake: { runs: Partial<Record<BackendName, IntakeFigures>> };
  queries: { runs: Partial<Record<BackendName, ScaleFigures[]>> };
  startup: Partial<Record<BackendName, { first: StartupFigures; again: StartupFigures }>>;
}

const LABELS: Record<Scenario, string> = {
  queue: 'supervisor’s queue (`GET /reports/queue`)',
  search: 'search with filters (`GET /reports?q=…&strand=…`), common words',
  search_rare: 'search for a reference, a rare word or an absent one',
  deep_page: 'deep page of the list (cursor 2–9 years back)',
  figures: 'inspector’s figures (`GET /figures`)',
  daily_pack: 'daily management pack, computed live (`GET /returns/daily-pack?date=…`)',
  tension_map: 'tension map (`GET /tension/map`)',
  detail: 'report with its suggestions (`GET /reports/{id}`)',
};
const n = (v: number) => v.toLocaleString('en-GB');
const verdict = (ok: boolean | undefined, why = 'not measured') => (ok === undefined ? why : ok ? 'met' : '**missed**');
const AT_SCALE = 'not measured: the target is at 1,000,000 reports (run without --quick)';

function intakeTable(runs: Results['intake']['runs']): string {
  const rows = Object.entries(runs).flatMap(([db, f]) =>
    f.http.map((h: RunFigures) => {
      const l = f.limit.find((x) => x.concurrency === h.concurrency);
      const free = f.limitWithoutCounter.find((x) => x.concurrency === h.concurrency);
      const ratio = l ? `${Math.round((h.reportsPerSecond / l.reportsPerSecond) * 100)}%` : '–';
      return `| ${db} | ${h.concurrency} | ${n(h.reportsPerSecond)} | ${h.p50} / ${h.p95} / ${h.p99} | ${l ? n(l.reportsPerSecond) : '–'} | ${l ? `${l.p50} / ${l.p95} / ${l.p99}` : '–'} | ${ratio} | ${free ? `${n(free.reportsPerSecond)} (p95 ${free.p95})` : '–'} | ${h.failed + (l?.failed ?? 0)} | ${h.load} / ${l?.load ?? '–'} |`;
    }),
  );
  return [
    '| database | concurrency | API reports/s | API p50 / p95 / p99 (ms) | database limit reports/s | limit p50 / p95 / p99 (ms) | API ÷ limit | limit without the shared counter, reports/s (p95 ms) | failed | load (API / limit) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function queriesTable(runs: Results['queries']['runs']): string {
  const entries = Object.entries(runs);
  const header = entries.flatMap(([db, scales]) => scales.map((s) => `${db} ${n(s.reports)}`));
  const rows = (Object.keys(LABELS) as Scenario[]).map(
    (s) => `| ${LABELS[s]} | ${entries.flatMap(([, scales]) => scales.map((f) => `${f.scenarios[s].p50} / ${f.scenarios[s].p95}${f.scenarios[s].n < 50 ? ` (n=${f.scenarios[s].n})` : ''}`)).join(' | ')} |`,
  );
  const seeds = `| generator: seconds for the step (reports/s) | ${entries.flatMap(([, scales]) => scales.map((f) => `${f.seedSeconds} s (${n(f.seedReportsPerSecond)}/s)`)).join(' | ')} |`;
  const rss = `| server RSS after the queries (MB) · load | ${entries.flatMap(([, scales]) => scales.map((f) => `${f.serverRssMb} · ${f.load}`)).join(' | ')} |`;
  return [`| p50 / p95 (ms) | ${header.join(' | ')} |`, `|---|${header.map(() => '---').join('|')}|`, ...rows, seeds, rss].join('\n');
}

function targets(r: Results): string {
  const pgIntake = r.intake.runs.postgres;
  const h = pgIntake?.http.find((x) => x.concurrency === 64);
  const l = pgIntake?.limit.find((x) => x.concurrency === 64);
  const pgLargest = r.queries.runs.postgres?.at(-1);
  const liteLargest = r.queries.runs.pglite?.at(-1);
  const at = pgLargest ? `at ${n(pgLargest.reports)} reports` : '';
  const ratios = pgLargest && liteLargest && liteLargest.reports === pgLargest.reports
    ? (Object.keys(LABELS) as Scenario[]).map((s) => [s, liteLargest.scenarios[s].p95 / Math.max(0.1, pgLargest.scenarios[s].p95)] as const)
    : undefined;
  const rows = [
    ['intake ≥ 50% of the database limit, concurrency 64', h && l ? `${Math.round((h.reportsPerSecond / l.reportsPerSecond) * 100)}%` : '–', verdict(h && l ? h.reportsPerSecond >= 0.5 * l.reportsPerSecond : undefined)],
    ['intake p95 < 50 ms, concurrency 64', h ? `${h.p95} ms` : '–', verdict(h ? h.p95 < 50 : undefined)],
    [`queue p95 < 50 ms ${at}`, pgLargest ? `${pgLargest.scenarios.queue.p95} ms` : '–', verdict(pgLargest && pgLargest.reports >= 1_000_000 ? pgLargest.scenarios.queue.p95 < 50 : undefined, AT_SCALE)],
    [`search p95 < 50 ms ${at}: common words with filters`, pgLargest ? `${pgLargest.scenarios.search.p95} ms` : '–', verdict(pgLargest && pgLargest.reports >= 1_000_000 ? pgLargest.scenarios.search.p95 < 50 : undefined, AT_SCALE)],
    [`search p95 < 50 ms ${at}: a reference, a rare word, an absent word`, pgLargest ? `${pgLargest.scenarios.search_rare.p95} ms` : '–', verdict(pgLargest && pgLargest.reports >= 1_000_000 ? pgLargest.scenarios.search_rare.p95 < 50 : undefined, AT_SCALE)],
    [`daily pack p95 < 200 ms ${at}`, pgLargest?.scenarios.daily_pack ? `${pgLargest.scenarios.daily_pack.p95} ms` : '–', verdict(pgLargest?.scenarios.daily_pack && pgLargest.reports >= 1_000_000 ? pgLargest.scenarios.daily_pack.p95 < 200 : undefined, AT_SCALE)],
    ['PGlite within 5× of PostgreSQL on the queries (p95)', ratios ? ratios.map(([s, x]) => `${s} ${x.toFixed(1)}×`).join(', ') : '–', verdict(ratios ? ratios.every(([, x]) => x <= 5) : undefined)],
  ];
  return ['| target (PostgreSQL, this machine) | measured | |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function startupTable(startup: Results['startup']): string {
  const rows = Object.entries(startup).flatMap(([db, r]) =>
    (['first', 'again'] as const).map((k) => {
      const f = r[k];
      const label = k === 'first' ? 'empty database (migrate + demo seed)' : 'existing database';
      return `| ${db} | ${label} | ${f.readyMs} | ${f.rssReadyMb} | ${f.rssAfterLoadMb} | ${f.requestsPerSecond} |`;
    }),
  );
  return [
    '| database | start | ready (ms) | RSS ready (MB) | RSS after load (MB) | /api/health req/s (16 concurrent) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function writePerformanceDoc(file: string, r: Results): void {
  const scales = Object.values(r.queries.runs)[0]?.map((s) => n(s.reports)).join(' and ') ?? 'no';
  writeFileSync(
    file,
    `# Performance

Written by \`npm run bench${r.quick ? ' -- --quick' : ''}\` (last run ${r.date}, ${r.minutes} minutes).
Machine: ${r.machine}. PostgreSQL server: ${r.postgresVersion ?? 'not measured'} (its default settings: 128 MB shared buffers); PGlite ${r.pgliteVersion}.
The machine is shared with other work (browsers of end-to-end tests, other servers): the load
average beside each figure says how busy it was; on two cores a load above 2 slows everything.

## Targets

${targets(r)}

## Intake

\`POST /api/v1/public/reports\` over HTTP against \`cohesion serve\` (a fresh database with the demo
force; the rate limit raised), by autocannon at each concurrency; then the database's own limit:
the same statements the app's transaction sends for that body (scope settings, reference counter,
report, contact details, history event, NOTIFY, audit row), one transaction per report, straight
through \`pg\` with a pool as wide as the concurrency — or through one in-process PGlite, which has
a single connection, so its concurrency only queues. Latencies are per request (per transaction).
The last limit column numbers each report on the client instead of taking the next number from the
force's \`reference_counters\` row: it shows what that one row lock, held until each commit, costs.

${intakeTable(r.intake.runs)}

## Queries at scale

The demo force grown by \`cohesion seed --scale\` (ten years of synthetic reports: see
\`src/server/reports/synthetic.service.ts\`), then a fresh \`cohesion serve\`; each scenario is 50
sequential requests after 5 to warm up, signed in as the demo supervisor (the figures: the demo
inspector), timed at the client. A scenario slower than 30 seconds in all stops early (n says how many).
Search rotates through eight common word-and-strand filters; the rare search through a report's
reference, a word few reports contain (with a strand) and a word none contains; the deep page starts from a cursor between
two and nine years back; the detail opens reports from all ten years.

${queriesTable(r.queries.runs)}

The daily pack is computed live (no stored pack exists for those days), which is the slow path: a
pack generated by the morning schedule is read back as stored JSON.
${scales === 'no' ? '' : `Measured at ${scales} reports.`}

## Start-up and memory

Time from spawning \`cohesion serve\` to its first healthy answer (the web app already built), the
server's resident memory then, and after 2000 health checks from 16 concurrent clients.

${startupTable(r.startup)}

The first start on an empty database includes the migrations and the demo force (10 policing areas
and 215 neighbourhoods with their boundaries, 13 users with argon2id hashes).

## Not measured yet

Message fan-out arrives with its module (see the open issues).
`,
  );
}
