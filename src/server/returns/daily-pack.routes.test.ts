import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/london-time.ts';
import { pdfText } from '../formats/pdf-text.ts';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addTwoAreas } from '../test/tension-fixture.ts';

let test: TestApp;
let inspector: SignedInClient;
let handler: SignedInClient;
let supervisor: SignedInClient;
let areas: { north: string; south: string };

// The day under test: Tuesday 17 November 2026 (GMT). Last year's comparison: Tuesday 18 November 2025.
const DAY = '2026-11-17';

async function report(strands: string[], receivedAt: string, options: { kind?: string; areaId?: string | null; exercise?: boolean } = {}): Promise<string> {
  const payload = {
    channel: 'call',
    exercise: options.exercise ?? false,
    report: { kind: options.kind ?? 'hate_crime', description: 'A report for the daily pack, described in enough words.', occurredAt: receivedAt, strands, location: { description: 'somewhere' }, reporterRole: 'victim', anonymous: true },
  };
  const response = await handler.request({ method: 'POST', url: '/api/v1/reports', payload });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json().id as string;
  await sql`update reports set received_at = ${receivedAt}::timestamptz, area_id = ${options.areaId ?? null}::uuid where id = ${id}`.execute(test.database.db);
  return id;
}

beforeAll(async () => {
  test = await createTestApp();
  inspector = await test.signIn(await test.addUser('DPK', ['inspector']));
  handler = await test.signIn(await test.addUser('DPK', ['call_handler']));
  supervisor = await test.signIn(await test.addUser('DPK', ['supervisor']));
  areas = await addTwoAreas(test, 'DPK');
  const graded = await report(['religion'], '2026-11-17T08:00:00Z', { areaId: areas.north });
  await report(['race', 'religion'], '2026-11-17T21:00:00Z', { areaId: areas.north });
  await report(['sexual_orientation'], '2026-11-15T12:00:00Z', { kind: 'hate_incident', areaId: areas.south });
  await report(['disability'], '2026-11-01T12:00:00Z', { areaId: areas.south });
  await report(['race'], '2025-11-18T12:00:00Z', { areaId: areas.north });
  await report(['race'], '2025-11-12T12:00:00Z', { areaId: areas.north });
  await report(['religion'], '2026-11-17T09:00:00Z', { areaId: areas.north, exercise: true });
  await report([], '2026-11-17T10:00:00Z', { kind: 'concern', areaId: areas.north });
  const thrive = { rating: 'medium', notes: '' };
  const graded204 = await supervisor.request({
    method: 'POST',
    url: `/api/v1/reports/${graded}/thrive`,
    payload: { threat: thrive, harm: thrive, risk: thrive, investigation: thrive, vulnerability: thrive, engagement: thrive, grade: 'priority' },
  });
  expect(graded204.statusCode, graded204.body).toBe(204);
});
afterAll(() => test.close());

describe('GET /api/v1/returns/daily-pack', () => {
  it('should refuse the anonymous, roles without returns, and name a bad date', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/returns/daily-pack' })).statusCode).toBe(401);
    expect((await handler.request({ method: 'GET', url: '/api/v1/returns/daily-pack' })).statusCode).toBe(403);
    const bad = await inspector.request({ method: 'GET', url: '/api/v1/returns/daily-pack?date=17-11-2026' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('date');
  });

  it('should count a hand-built fortnight by day, strand and area against the same weekdays last year, without the exercise', async () => {
    const response = await inspector.request({ method: 'GET', url: `/api/v1/returns/daily-pack?date=${DAY}` });
    expect(response.statusCode, response.body).toBe(200);
    const pack = response.json();
    expect(pack.stored).toBe(false);
    expect(pack.figures.day).toMatchObject({ total: 2, hateCrimes: 2, byStrand: { religion: 2, race: 1 } });
    expect(pack.figures.last7Days).toMatchObject({ total: 3, hateIncidents: 1 });
    expect(pack.figures.last28Days.total).toBe(4);
    expect(pack.figures.dayLastYear.total).toBe(1);
    expect(pack.figures.last7DaysLastYear.total).toBe(2);
    expect(pack.byDay).toHaveLength(28);
    expect(pack.byDay.at(-1)).toEqual({ day: DAY, hateCrimes: 2, hateIncidents: 0, lastYear: 1 });
    expect(pack.byDay.find((d: { day: string }) => d.day === '2026-11-15')).toMatchObject({ hateIncidents: 1 });
    expect(pack.figures.last28Days.byArea).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'North East', count: 2 }), expect.objectContaining({ name: 'South', count: 2 })]));
    expect(pack.notable).toEqual([expect.objectContaining({ grade: 'priority', why: 'graded priority', areaName: 'North East' })]);
    expect(pack.tension.areas.map((a: { name: string }) => a.name).sort()).toEqual(['North East', 'South']);
    expect(pack.patrols).toBeNull();
    expect((await auditRows(test, 'daily_pack.read'))[0]?.actor_email).toBe(inspector.email);
  });

  it('should keep a generated pack unchanged when later reports arrive', async () => {
    const generated = await inspector.request({ method: 'POST', url: `/api/v1/returns/daily-pack?date=${DAY}` });
    expect(generated.statusCode, generated.body).toBe(201);
    await report(['race'], '2026-11-17T12:00:00Z', { areaId: areas.south });
    const later = (await inspector.request({ method: 'GET', url: `/api/v1/returns/daily-pack?date=${DAY}` })).json();
    expect(later).toMatchObject({ stored: true, generatedBy: expect.stringContaining('inspector') });
    expect(later.figures.day.total).toBe(2);
    const live = (await inspector.request({ method: 'GET', url: `/api/v1/returns/daily-pack?date=${addDays(DAY, 1)}` })).json();
    expect(live.figures.last7Days.total).toBe(4);
  });

  it('should show another force none of these figures', async () => {
    const stranger = await test.outsider(['inspector']);
    const pack = (await stranger.request({ method: 'GET', url: `/api/v1/returns/daily-pack?date=${DAY}` })).json();
    expect(pack.figures.last28Days.total).toBe(0);
    expect(pack.notable).toEqual([]);
  });
});

describe('the daily pack as documents', () => {
  it('should print the figures, tension and notable incidents in a PDF marked OFFICIAL-SENSITIVE', async () => {
    const response = await inspector.request({ method: 'GET', url: `/api/v1/returns/daily-pack.pdf?date=${DAY}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text: raw, pages } = await pdfText(response.rawPayload);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Daily management meeting pack: 2026-11-17');
    expect(text).toMatch(/The day 2 0 2 1 \+100%/);
    for (const heading of ['By strand', 'By policing area', 'Notable incidents', 'Community tension', 'Patrol compliance is not available yet']) {
      expect(text).toContain(heading);
    }
    expect(pages.every((p) => p.includes('OFFICIAL-SENSITIVE'))).toBe(true);
  });

  it('should give the same figures in a workbook, one sheet per section', async () => {
    const response = await inspector.request({ method: 'GET', url: `/api/v1/returns/daily-pack.xlsx?date=${DAY}` });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'By day', 'By strand', 'By area', 'Cases', 'Notable', 'Tension']);
    const summary = workbook.getWorksheet('Summary');
    expect(summary?.getRow(2).values).toEqual([undefined, 'The day', 2, 0, 2, 1, '+100%']);
    const byDay = workbook.getWorksheet('By day');
    expect(byDay?.rowCount).toBe(29);
    expect(byDay?.getRow(29).values).toEqual([undefined, DAY, 2, 0, 1]);
  });
});
