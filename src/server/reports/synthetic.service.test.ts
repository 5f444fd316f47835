import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/actor.ts';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let supervisor: SignedInClient;
let inspector: SignedInClient;

const COUNT = 5000;
const UNTIL = new Date('2026-06-30T12:00:00Z');
const actor = systemActor('test:synthetic');

// Two neighbourhoods of one policing area, so that reports are placed inside real boundaries.
const square = (x: number, y: number) => [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]];
const boundaries = (features: { code: string; name: string; parent?: string; coordinates: number[][][] }[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: { code: f.code, name: f.name, parent: f.parent }, geometry: { type: 'Polygon', coordinates: f.coordinates } })),
  });

async function addForce(code: string): Promise<void> {
  for (const role of ['supervisor', 'call_handler', 'officer', 'hate_crime_officer', 'inspector'] as const) {
    await test.addUser(code, [role], `${role}.${code.toLowerCase()}@test.example`);
  }
  const fields = { codeProperty: 'code', nameProperty: 'name', parentProperty: 'parent' };
  await test.services.areas.importBoundaries(actor, { forceCode: code, level: 'policing_area', fields, text: boundaries([{ code: 'PA1', name: 'Central', coordinates: [[[-2.3, 53.4], [-2.1, 53.4], [-2.1, 53.55], [-2.3, 53.55], [-2.3, 53.4]]] }]) });
  await test.services.areas.importBoundaries(actor, {
    forceCode: code,
    level: 'neighbourhood',
    fields,
    text: boundaries([
      { code: 'N1', name: 'Northside', parent: 'PA1', coordinates: square(-2.28, 53.42) },
      { code: 'N2', name: 'Southside', parent: 'PA1', coordinates: square(-2.16, 53.42) },
    ]),
  });
}

/** What a report says, without what differs between forces (ids, the force's code in the reference). */
async function content(forceCode: string) {
  const rows = await test.database.db
    .selectFrom('reports as r')
    .innerJoin('forces as f', 'f.id', 'r.force_id')
    .select(['r.reference', 'r.kind', 'r.channel', 'r.status', 'r.description', 'r.language', 'r.strands', 'r.perceived_religion', 'r.received_at', 'r.occurred_at', 'r.grade', 'r.recording_decision', 'r.crime_number', 'r.closed_at', 'r.location_latitude', 'r.location_longitude'])
    .where('f.code', '=', forceCode)
    .orderBy('r.received_at')
    .orderBy('r.reference')
    .execute();
  return rows.map((r) => ({ ...r, reference: r.reference.slice(forceCode.length) }));
}

beforeAll(async () => {
  test = await createTestApp({ PUBLIC_FORCE: 'SYN' });
  for (const code of ['SYN', 'SYM', 'SYO']) {
    await addForce(code);
  }
  await test.services.synthetic.seedReports(actor, 'SYN', { count: COUNT, seed: 7, until: UNTIL });
  await test.services.synthetic.seedReports(actor, 'SYM', { count: COUNT, seed: 7, until: UNTIL });
  await test.services.synthetic.seedReports(actor, 'SYO', { count: 500, seed: 8, until: UNTIL });
  supervisor = await test.signIn('supervisor.syn@test.example');
  inspector = await test.signIn('inspector.syn@test.example');
}, 180_000);
afterAll(() => test.close());

describe('synthetic reports', () => {
  it('should give the same reports for the same seed, and others for another seed', async () => {
    const [a, b, c] = [await content('SYN'), await content('SYM'), await content('SYO')];
    expect(a).toHaveLength(COUNT);
    expect(b).toEqual(a);
    expect(c.slice(0, 50)).not.toEqual(a.slice(0, 50));
  });

  it('should mix kinds and strands as recorded hate crime does, overlaps included', async () => {
    const rows = await test.database.db.selectFrom('reports as r').innerJoin('forces as f', 'f.id', 'r.force_id').select(['r.kind', 'r.strands']).where('f.code', '=', 'SYN').execute();
    const share = (n: number, of = rows.length) => n / of;
    expect(share(rows.filter((r) => r.kind === 'hate_crime').length)).toBeCloseTo(0.75, 1);
    expect(share(rows.filter((r) => r.kind === 'hate_incident').length)).toBeCloseTo(0.2, 1);
    expect(share(rows.filter((r) => r.kind === 'concern').length)).toBeGreaterThan(0.03);
    const hate = rows.filter((r) => r.kind !== 'concern');
    const strand = (s: string) => share(hate.filter((r) => r.strands.includes(s)).length, hate.length);
    const expected = { race: 0.7, sexual_orientation: 0.17, disability: 0.1, religion: 0.08, transgender: 0.04 };
    for (const [name, target] of Object.entries(expected)) {
      expect(Math.abs(strand(name) - target), `${name}: ${strand(name)}`).toBeLessThan(0.035);
    }
    expect(hate.every((r) => r.strands.length > 0)).toBe(true);
    expect(Object.keys(expected).reduce((sum, s) => sum + strand(s), 0)).toBeGreaterThan(1.03);
  });

  it('should have cases in every state, closed ones with their decisions and crime numbers', async () => {
    const statuses = await sql<{ status: string; n: number }>`select status, count(*)::int as n from reports group by 1`.execute(test.database.db);
    expect(statuses.rows.map((r) => r.status).sort()).toEqual(['assigned', 'attended', 'closed', 'new', 'triaged', 'under_investigation']);
    const broken = await sql<{ n: number }>`
      select count(*)::int as n from reports
       where (status = 'closed' and kind <> 'concern' and recording_decision is null)
          or (recording_decision = 'crime' and crime_number is null)
          or (status <> 'new' and grade is null and kind <> 'concern')
          or (status = 'closed' and closed_at is null)`.execute(test.database.db);
    expect(broken.rows[0]?.n).toBe(0);
    const languages = await sql<{ n: number }>`select count(distinct language)::int as n from reports`.execute(test.database.db);
    expect(languages.rows[0]?.n).toBeGreaterThanOrEqual(5);
  });

  it('should refer only to rows that exist, although foreign-key triggers were off while loading', async () => {
    const orphans = await sql<{ n: number }>`
      select (select count(*) from report_events e where not exists (select 1 from reports r where r.id = e.report_id))
           + (select count(*) from report_contacts c where not exists (select 1 from reports r where r.id = c.report_id))
           + (select count(*) from thrive_assessments t where not exists (select 1 from users u where u.id = t.assessed_by))
           + (select count(*) from recording_decisions d where not exists (select 1 from reports r where r.id = d.report_id and r.force_id = d.force_id))
           + (select count(*) from compliance_reviews v where not exists (select 1 from reports r where r.id = v.report_id))
           + (select count(*) from reports r where r.area_id is not null and not exists (select 1 from areas a where a.id = r.area_id and a.force_id = r.force_id))
           + (select count(*) from reports r where r.assigned_user_id is not null and not exists (select 1 from users u where u.id = r.assigned_user_id))
        as n`.execute(test.database.db);
    expect(Number(orphans.rows[0]?.n)).toBe(0);
  });

  it('should number references uniquely and let real reports carry on after them', async () => {
    const references = (await content('SYN')).map((r) => r.reference);
    expect(new Set(references).size).toBe(COUNT);
    expect(references.every((r) => /^-(HC|HI|CC)-20\d\d-\d{6}$/.test(r))).toBe(true);
    const last2026 = Math.max(...references.filter((r) => r.startsWith('-HC-2026-')).map((r) => Number(r.slice(-6))));
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: { kind: 'hate_crime', description: 'Shouted abuse at the bus stop', occurredAt: new Date().toISOString(), strands: ['race'], online: true, reporterRole: 'victim', anonymous: true },
    });
    expect(response.statusCode, response.body).toBe(201);
    const year = new Date().getUTCFullYear();
    expect(response.json().reference).toBe(`SYN-HC-${year}-${String(year === 2026 ? last2026 + 1 : 1).padStart(6, '0')}`);
  });

  it('should serve the queue, the search, deep pages, the figures and the detail from them', async () => {
    const queue = await supervisor.request({ method: 'GET', url: '/api/v1/reports/queue' });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.length).toBeGreaterThan(0);
    expect(queue.json().items.every((i: { status: string; kind: string }) => i.status !== 'closed' && i.kind !== 'concern')).toBe(true);

    const search = await supervisor.request({ method: 'GET', url: '/api/v1/reports?q=graffiti&strand=religion&limit=20' });
    expect(search.statusCode, search.body).toBe(200);
    const found = search.json().items as { id: string; strands: string[]; summary: string }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.strands.includes('religion') && /graffiti/i.test(i.summary))).toBe(true);

    const first = (await supervisor.request({ method: 'GET', url: '/api/v1/reports?limit=200' })).json();
    const second = (await supervisor.request({ method: 'GET', url: `/api/v1/reports?limit=200&before=${first.nextBefore}` })).json();
    expect(second.items).toHaveLength(200);
    expect(new Set([...first.items, ...second.items].map((i: { id: string }) => i.id)).size).toBe(400);

    const detail = await supervisor.request({ method: 'GET', url: `/api/v1/reports/${found[0]?.id}` });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().history.length).toBeGreaterThan(0);

    const figures = await inspector.request({ method: 'GET', url: '/api/v1/figures?date=2026-06-29' });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json().last28Days.total).toBeGreaterThan(0);
  });

  it('should write one audit row per seed', async () => {
    const rows = await auditRows(test, 'report.synthetic_seeded');
    expect(rows).toHaveLength(3);
    expect(rows.at(-1)?.details).toMatchObject({ count: COUNT, seed: 7 });
  });
});
