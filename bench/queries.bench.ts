// Queries at scale: the supervisor's queue, search with filters, a deep page of the list, the
// inspector's figures, the daily management pack, the tension map and a report with its suggestions, through the HTTP API of a real server
// over reports made by `cohesion seed --scale`.
import { type Backend, load, log, percentiles, type Percentiles, rssMb, runCli, type Session, signIn, startServer } from './harness.ts';

export const SCENARIOS = ['queue', 'search', 'search_rare', 'deep_page', 'figures', 'daily_pack', 'tension_map', 'detail'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ScaleFigures {
  reports: number;
  /** How long `seed --scale` took to add this step's reports (the whole command), and the generator's own rate. */
  seedSeconds: number;
  seedReportsPerSecond: number;
  scenarios: Record<Scenario, Percentiles & { failed: number }>;
  serverRssMb: number;
  load: number;
}

const REQUESTS = 50;
const WARM_UP = 5;
/** A scenario that is this slow stops early: the figures say how many requests it made. */
const SCENARIO_BUDGET_MS = 30_000;

const SEARCHES = [
  'q=graffiti&strand=religion',
  'q=bus+stop&strand=race',
  'q=wheelchair&strand=disability',
  'q=homophobic&strand=sexual_orientation',
  'q=terrorist&strand=religion&status=closed',
  'q=takeaway&strand=race&kind=hate_crime',
  'q=trans&strand=transgender',
  'q=neighbour+children&strand=race',
];

/** A cursor for the list at a point in the past, as the web app would have after paging there. */
const cursorAt = (yearsAgo: number) => Buffer.from(`${new Date(Date.now() - yearsAgo * 365.25 * 86_400_000).toISOString()}|ffffffff-ffff-ffff-ffff-ffffffffffff`).toString('base64url');

async function measure(session: Session, paths: (i: number) => string): Promise<Percentiles & { failed: number }> {
  const samples: number[] = [];
  let failed = 0;
  const started = performance.now();
  // Warm up with five requests, or fewer when each takes seconds.
  let warmUp = WARM_UP;
  for (let i = 0; samples.length < REQUESTS && performance.now() - started < SCENARIO_BUDGET_MS; i++) {
    const { status, ms } = await session.get(paths(i));
    if (status !== 200) {
      failed++;
    } else if (i >= warmUp) {
      samples.push(ms);
    } else if (ms > 1000) {
      warmUp = Math.min(warmUp, 1);
    }
  }
  return { ...percentiles(samples), failed };
}

async function measureAll(url: string, password: string): Promise<Record<Scenario, Percentiles & { failed: number }>> {
  const supervisor = await signIn(url, 'supervisor@demo.example', password);
  const inspector = await signIn(url, 'inspector@demo.example', password);
  // Reports to open (and references to look up), from all over the ten years.
  const ids: string[] = [];
  const references: string[] = [];
  for (let i = 0; ids.length < WARM_UP + REQUESTS && i < 200; i++) {
    const page = (await supervisor.get(`/api/v1/reports?limit=5&before=${cursorAt(0.1 + (i * 9.5) / 60)}`)).body as { items?: { id: string; reference: string }[] };
    ids.push(...(page.items ?? []).slice(0, 1).map((r) => r.id));
    references.push(...(page.items ?? []).slice(0, 1).map((r) => r.reference));
  }
  // What staff also type: a reference read out on the phone, a word few reports contain, a word none does.
  const rare = (i: number) => [`q=${references[i % Math.max(1, references.length)] ?? 'DEMO'}`, 'q=gurdwara&strand=race', 'q=xylophone'][i % 3];
  return {
    queue: await measure(supervisor, () => '/api/v1/reports/queue'),
    search: await measure(supervisor, (i) => `/api/v1/reports?${SEARCHES[i % SEARCHES.length]}`),
    search_rare: await measure(supervisor, (i) => `/api/v1/reports?${rare(i)}`),
    deep_page: await measure(supervisor, (i) => `/api/v1/reports?before=${cursorAt(2 + ((i * 7) % 70) / 10)}`),
    figures: await measure(inspector, () => '/api/v1/figures'),
    // The pack computed live for days of the last month (none is stored for them), as on demand.
    daily_pack: await measure(inspector, (i) => `/api/v1/returns/daily-pack?date=${new Date(Date.now() - (1 + (i % 28)) * 86_400_000).toISOString().slice(0, 10)}`),
    tension_map: await measure(inspector, () => '/api/v1/tension/map'),
    detail: await measure(supervisor, (i) => `/api/v1/reports/${ids[i % Math.max(1, ids.length)]}`),
  };
}

/**
 * Seeds the demo force, then grows it step by step to each of `scales` reports, measuring every
 * scenario at each step through a freshly started server.
 */
export async function measureQueries(backend: Backend, scales: number[]): Promise<ScaleFigures[]> {
  const results: ScaleFigures[] = [];
  let password = '';
  let reports = 0;
  for (const [step, target] of scales.entries()) {
    const started = performance.now();
    const output = await runCli(['seed', ...(step === 0 ? ['--demo'] : []), '--scale', String(target - reports), '--seed', String(step + 1)], backend.env);
    const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    password = /shown once\): (\S+)/.exec(output)?.[1] ?? password;
    log(`  ${backend.name}: ${target.toLocaleString('en-GB')} reports (added ${(target - reports).toLocaleString('en-GB')} in ${seedSeconds} s)`);
    const added = target - reports;
    const generatorSeconds = Number(/in ([\d.]+) s \(seed/.exec(output)?.[1] ?? seedSeconds);
    reports = target;
    const server = await startServer({ ...backend.env, COHESION_DEMO: '0' });
    try {
      const load0 = load();
      const scenarios = await measureAll(server.url, password);
      for (const s of SCENARIOS) {
        const f = scenarios[s];
        log(`    ${s.padEnd(10)} p50 ${f.p50} ms, p95 ${f.p95} ms (${f.n} requests${f.failed ? `, ${f.failed} failed` : ''})`);
      }
      results.push({
        reports: target,
        seedSeconds,
        seedReportsPerSecond: Math.round(added / Math.max(0.1, generatorSeconds)),
        scenarios,
        serverRssMb: rssMb(server.pid),
        load: Math.max(load0, load()),
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}
