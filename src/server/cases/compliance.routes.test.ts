import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let handler: SignedInClient;
let hco: SignedInClient;
let inspector: SignedInClient;

const report = (strands: string[], kind = 'hate_crime') => ({
  channel: 'call',
  report: {
    kind,
    description: 'A report for the figures, described in enough words to be a report.',
    occurredAt: '2026-11-20T10:00:00Z',
    strands,
    location: { description: 'somewhere' },
    reporterRole: 'victim',
    anonymous: true,
  },
});

async function newReport(strands: string[], receivedAt: string, kind = 'hate_crime'): Promise<string> {
  const response = await handler.request({ method: 'POST', url: '/api/v1/reports', payload: report(strands, kind) });
  const id = response.json().id as string;
  await sql`update reports set received_at = ${receivedAt}::timestamptz where id = ${id}`.execute(test.database.db);
  return id;
}

const allTicked = { flag_correct: true, thrive_done: true, victim_contacted: true, crime_number: true, support_offered: true, repeat_checked: true };

beforeAll(async () => {
  test = await createTestApp();
  handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
  hco = await test.signIn(await test.addUser('AAA', ['hate_crime_officer']));
  inspector = await test.signIn(await test.addUser('AAA', ['inspector']));
});
afterAll(() => test.close());

describe('GET /api/v1/figures', () => {
  it('should count a hand-built week by London day, strand and period', async () => {
    // Day under test: Tue 17 Nov 2026 (GMT). Two today, one yesterday, one 10 days back, one 40 days back.
    await newReport(['race'], '2026-11-17T08:00:00Z');
    await newReport(['race', 'religion'], '2026-11-17T23:30:00Z');
    await newReport(['sexual_orientation'], '2026-11-16T12:00:00Z', 'hate_incident');
    await newReport(['disability'], '2026-11-07T12:00:00Z');
    await newReport(['race'], '2026-10-08T12:00:00Z');
    await newReport([], '2026-11-17T09:00:00Z', 'concern');
    const figures = (await inspector.request({ method: 'GET', url: '/api/v1/figures?date=2026-11-17' })).json();
    expect(figures.today).toMatchObject({ total: 2, hateCrimes: 2, hateIncidents: 0, byStrand: { race: 2, religion: 1 } });
    expect(figures.last7Days).toMatchObject({ total: 3, hateIncidents: 1 });
    expect(figures.last28Days.total).toBe(4);
    expect(figures.last28Days.byStrand).toEqual({ race: 2, religion: 1, sexual_orientation: 1, disability: 1 });
    expect(figures.today.from).toBe('2026-11-17T00:00:00.000Z');
    expect(figures.open).toBeGreaterThanOrEqual(5);
  });

  it('should leave a report made during an exercise out of every figure', async () => {
    const day = '2026-11-12';
    const before = (await inspector.request({ method: 'GET', url: `/api/v1/figures?date=${day}` })).json();
    const drill = await handler.request({ method: 'POST', url: '/api/v1/reports', payload: { ...report(['religion']), exercise: true } });
    expect(drill.statusCode, drill.body).toBe(201);
    await sql`update reports set received_at = '2026-11-12T10:00:00Z' where id = ${drill.json().id}`.execute(test.database.db);
    const after = (await inspector.request({ method: 'GET', url: `/api/v1/figures?date=${day}` })).json();
    expect(after.today.total).toBe(before.today.total);
    expect(after.open).toBe(before.open);
    // The same report, live, would count: the test can fail.
    await newReport(['religion'], '2026-11-12T11:00:00Z');
    expect((await inspector.request({ method: 'GET', url: `/api/v1/figures?date=${day}` })).json().today.total).toBe(before.today.total + 1);
  });

  it('should count recording decisions not made within 24 hours as breaches', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const before = (await inspector.request({ method: 'GET', url: `/api/v1/figures?date=${day}` })).json().recordingBreaches;
    await newReport(['race'], new Date(Date.now() - 30 * 3_600_000).toISOString());
    const after = (await inspector.request({ method: 'GET', url: `/api/v1/figures?date=${day}` })).json().recordingBreaches;
    expect(after).toBe(before + 1);
  });

  it('should refuse roles without figures and name a bad date', async () => {
    expect((await handler.request({ method: 'GET', url: '/api/v1/figures' })).statusCode).toBe(403);
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/figures' })).statusCode).toBe(401);
    const bad = await inspector.request({ method: 'GET', url: '/api/v1/figures?date=17/11/2026' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('date');
  });
});

describe('compliance review', () => {
  it('should queue unreviewed hate incidents, return a case with a missing item, and count a compliant one', async () => {
    const missingContact = await newReport(['religion'], new Date().toISOString());
    const good = await newReport(['race'], new Date().toISOString());
    const queue = (await hco.request({ method: 'GET', url: '/api/v1/compliance/queue' })).json();
    expect(queue.checklist.map((c: { key: string }) => c.key)).toContain('victim_contacted');
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([missingContact, good]));

    const returned = await hco.request({
      method: 'POST',
      url: `/api/v1/reports/${missingContact}/compliance-review`,
      payload: { checklist: { ...allTicked, victim_contacted: false }, notes: 'no record of contact with the victim' },
    });
    expect(returned.statusCode).toBe(204);
    expect((await hco.request({ method: 'POST', url: `/api/v1/reports/${good}/compliance-review`, payload: { checklist: allTicked } })).statusCode).toBe(204);

    const detail = (await hco.request({ method: 'GET', url: `/api/v1/reports/${missingContact}` })).json();
    expect(detail.complianceReviews[0]).toMatchObject({ outcome: 'returned', checklist: { victim_contacted: false } });
    expect(detail.history.at(-1)).toMatchObject({ kind: 'review_returned', details: { failed: ['victim_contacted'] } });
    const after = (await hco.request({ method: 'GET', url: '/api/v1/compliance/queue' })).json().items.map((i: { id: string }) => i.id);
    expect(after).not.toContain(good);
    expect(after).not.toContain(missingContact);
    const figures = (await inspector.request({ method: 'GET', url: '/api/v1/figures' })).json();
    expect(figures.compliance).toMatchObject({ reviewed: 2, compliant: 1, rate: 0.5 });
    expect((await auditRows(test, 'report.review_returned'))[0]?.record_id).toBe(missingContact);
  });

  it('should insist on every checklist item and only known ones', async () => {
    const id = await newReport(['race'], new Date().toISOString());
    const response = await hco.request({ method: 'POST', url: `/api/v1/reports/${id}/compliance-review`, payload: { checklist: { flag_correct: true, vibes: true } } });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['checklist.vibes', 'checklist.thrive_done']));
  });

  it('should be for the hate crime officer only, and within the force', async () => {
    const id = await newReport(['race'], new Date().toISOString());
    expect((await inspector.request({ method: 'GET', url: '/api/v1/compliance/queue' })).statusCode).toBe(403);
    expect((await inspector.request({ method: 'POST', url: `/api/v1/reports/${id}/compliance-review`, payload: { checklist: allTicked } })).statusCode).toBe(403);
    await expectOtherForce404(test, ['hate_crime_officer'], { method: 'POST', url: `/api/v1/reports/${id}/compliance-review`, payload: { checklist: allTicked } });
  });
});
