import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addTwoAreas, backfillReports } from '../test/tension-fixture.ts';

let test: TestApp;
let commander: SignedInClient;
let analyst: SignedInClient;
let areas: { north: string; south: string };
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

beforeAll(async () => {
  test = await createTestApp();
  commander = await test.signIn(await test.addUser('SIG', ['npa_commander']));
  analyst = await test.signIn(await test.addUser('SIG', ['analyst']));
  areas = await addTwoAreas(test, 'SIG');
  // Twelve quiet weeks: two race reports a day in the north, one every day force-wide without an area.
  await backfillReports(test, { forceCode: 'SIG', areaId: areas.north, strands: ['race'], perDay: 2, days: 84 });
  await backfillReports(test, { forceCode: 'SIG', areaId: null, strands: ['race'], perDay: 1, days: 84 });
  // Today: seven religion-motivated reports in the north (none in twelve weeks), one in the south.
  await backfillReports(test, { forceCode: 'SIG', areaId: areas.north, strands: ['religion'], perDay: 7, days: 1, endDaysAgo: 0, at: anHourAgo() });
  await backfillReports(test, { forceCode: 'SIG', areaId: areas.south, strands: ['religion'], perDay: 1, days: 1, endDaysAgo: 0, at: anHourAgo() });
});
afterAll(() => test.close());

type Signal = { id: string; areaId: string | null; strand: string | null; level: string; observed: number; expected: number; status: string; reason: string };

async function signals(client: SignedInClient, query = ''): Promise<Signal[]> {
  const response = await client.request({ method: 'GET', url: `/api/v1/tension/signals${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('POST /api/v1/tension/signals/scan', () => {
  it('should refuse the anonymous and roles that cannot assess', async () => {
    expect((await test.app.inject({ method: 'POST', url: '/api/v1/tension/signals/scan' })).statusCode).toBe(401);
    expect((await analyst.request({ method: 'POST', url: '/api/v1/tension/signals/scan' })).statusCode).toBe(403);
  });

  it('should raise a red signal for the rise, none for one report on a quiet series, and nothing twice', async () => {
    const first = await commander.request({ method: 'POST', url: '/api/v1/tension/signals/scan' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().series).toBe(3 * 7);
    const open = await signals(commander, '?status=open');
    const northReligion = open.find((s) => s.areaId === areas.north && s.strand === 'religion');
    expect(northReligion).toMatchObject({ level: 'red', observed: 7, status: 'open' });
    expect(northReligion?.expected).toBeLessThan(1);
    expect(northReligion?.reason).toMatch(/7/);
    expect(open.some((s) => s.areaId === areas.south)).toBe(false);
    // The quiet race baseline of the north is not a signal.
    expect(open.some((s) => s.areaId === areas.north && s.strand === 'race')).toBe(false);
    expect(first.json().raised).toBe(open.length);
    const again = (await commander.request({ method: 'POST', url: '/api/v1/tension/signals/scan' })).json();
    expect(again.raised).toBe(0);
    expect((await signals(commander)).length).toBe(open.length);
    expect((await auditRows(test, 'tension_signal.raised')).length).toBeGreaterThanOrEqual(open.length);
  });
});

describe('a signal and its evidence', () => {
  it('should show the 28-day series and the day’s reports to any tension reader', async () => {
    const signal = (await signals(analyst)).find((s) => s.areaId === areas.north && s.strand === 'religion');
    const response = await analyst.request({ method: 'GET', url: `/api/v1/tension/signals/${signal?.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.series).toHaveLength(28);
    expect(detail.series.at(-1).count).toBe(7);
    expect(detail.series.slice(0, -1).every((d: { count: number }) => d.count === 0)).toBe(true);
    expect(detail.reports).toHaveLength(7);
    expect(detail.reports[0].strands).toEqual(['religion']);
  });

  it('should be invisible to another force', async () => {
    const signal = (await signals(commander))[0];
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: `/api/v1/tension/signals/${signal?.id}` });
    await expectOtherForce404(test, ['npa_commander'], { method: 'POST', url: `/api/v1/tension/signals/${signal?.id}/decision`, payload: { decision: 'acknowledge' } });
    const stranger = await test.outsider(['npa_commander']);
    expect((await stranger.request({ method: 'GET', url: '/api/v1/tension/signals' })).json()).toEqual([]);
  });

  it('should want a reason to dismiss, record who acknowledged, and leave the open list', async () => {
    const signal = (await signals(commander, '?status=open')).find((s) => s.strand === 'religion' && s.areaId === areas.north);
    const url = `/api/v1/tension/signals/${signal?.id}/decision`;
    const noReason = await commander.request({ method: 'POST', url, payload: { decision: 'dismiss' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    expect((await commander.request({ method: 'POST', url, payload: { decision: 'shrug' } })).statusCode).toBe(400);
    expect((await analyst.request({ method: 'POST', url, payload: { decision: 'acknowledge' } })).statusCode).toBe(403);
    const done = await commander.request({ method: 'POST', url, payload: { decision: 'acknowledge', reason: 'Patrols tasked' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'acknowledged', statusReason: 'Patrols tasked', statusBy: expect.stringContaining('npa_commander') });
    expect((await signals(commander, '?status=open')).some((s) => s.id === signal?.id)).toBe(false);
    const audit = await auditRows(test, 'tension_signal.acknowledged');
    expect(audit[0]?.record_id).toBe(signal?.id);
  });

  it('should name a bad status filter', async () => {
    const response = await commander.request({ method: 'GET', url: '/api/v1/tension/signals?status=closed' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('status');
  });
});

describe('the signal watcher', () => {
  it('should scan a force soon after a report of it arrives', async () => {
    const watched = await createTestApp({ SIGNAL_SCAN_MINUTES: '60' });
    try {
      const handler = await watched.signIn(await watched.addUser('WAT', ['call_handler']));
      const reader = await watched.signIn(await watched.addUser('WAT', ['analyst']));
      const { north } = await addTwoAreas(watched, 'WAT');
      await backfillReports(watched, { forceCode: 'WAT', areaId: north, strands: ['disability'], perDay: 6, days: 1, endDaysAgo: 0, at: anHourAgo() });
      expect((await reader.request({ method: 'GET', url: '/api/v1/tension/signals' })).json()).toEqual([]);
      // One report through the API: its notification wakes the watcher, which judges the whole force.
      const report = { kind: 'hate_crime', description: 'Abuse shouted at a man in a wheelchair outside the shop.', occurredAt: anHourAgo(), strands: ['disability'], location: { latitude: 51.05, longitude: -1.95 }, reporterRole: 'victim', anonymous: true };
      expect((await handler.request({ method: 'POST', url: '/api/v1/reports', payload: { channel: 'call', report } })).statusCode).toBe(201);
      let found: Signal[] = [];
      for (let i = 0; i < 80 && found.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        found = (await reader.request({ method: 'GET', url: '/api/v1/tension/signals' })).json();
      }
      expect(found.find((s) => s.areaId === north && s.strand === 'disability')).toMatchObject({ observed: 7 });
    } finally {
      await watched.close();
    }
  });
});

describe('GET /api/v1/tension/events', () => {
  it('should stream a tension event to a tension reader when a signal is decided, and refuse others', async () => {
    const base = await test.app.listen({ port: 0, host: '127.0.0.1' });
    const handler = await test.signIn(await test.addUser('SIG', ['call_handler']));
    expect((await fetch(`${base}/api/v1/tension/events`, { headers: { cookie: handler.cookie } })).status).toBe(403);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/v1/tension/events`, { headers: { cookie: analyst.cookie }, signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let decided = false;
    const deadline = Date.now() + 15_000;
    while (!buffer.includes('event: tension') && reader && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      if (!decided && buffer.includes('retry:')) {
        decided = true;
        const open = (await signals(commander, '?status=open'))[0];
        void commander.request({ method: 'POST', url: `/api/v1/tension/signals/${open?.id}/decision`, payload: { decision: 'dismiss', reason: 'Known event' } });
      }
    }
    controller.abort();
    expect(buffer).toMatch(/event: tension\ndata: \{"id":"[0-9a-f-]+","change":"signal_dismissed"\}/);
  });
});
