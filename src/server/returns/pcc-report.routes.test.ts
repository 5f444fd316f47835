import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PccReport } from '../../shared/returns/pcc-contract.ts';
import { pdfText } from '../formats/pdf-text.ts';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addReport, linkReports, userId, type FixtureReport } from '../test/returns-fixture.ts';
import { addTwoAreas } from '../test/tension-fixture.ts';

let test: TestApp;
let pcc: SignedInClient;
let analyst: SignedInClient;
let handler: SignedInClient;
let areas: { north: string; south: string };
const id: Record<string, string> = {};

/**
 * A hand-built force AAA. The quarter under test is 2026-Q3 (1 July to 30 September, British
 * Summer Time), compared with 2025-Q3. Names: c = this quarter, p = a year earlier, t = the
 * trend's earlier years, x = must not count where the test says.
 */
async function seed(): Promise<void> {
  const n = areas.north;
  const s = areas.south;
  const reports: Record<string, Omit<FixtureReport, 'force'> & { force?: string }> = {
    c1: { strands: ['race'], areaId: n, at: '2026-07-10T10:00:00Z', decision: 'crime', closed: { reason: 'charged', at: '2026-08-01T10:00:00Z' } },
    c2: { strands: ['race', 'religion'], areaId: n, at: '2026-07-15T10:00:00Z', decision: 'crime' },
    c3: { strands: ['race'], areaId: n, at: '2026-08-20T10:00:00Z', decision: 'crime' },
    c4: { strands: ['race'], areaId: n, at: '2026-09-01T10:00:00Z', decision: 'crime' },
    c5: { strands: ['race'], areaId: n, at: '2026-09-05T10:00:00Z' },
    c6: { strands: ['race'], areaId: n, at: '2026-09-06T10:00:00Z' },
    // An NCHI: an incident in this report, never in the Home Office return.
    c7: { kind: 'hate_incident', strands: ['sexual_orientation'], areaId: n, at: '2026-07-20T10:00:00Z', decision: 'nchi', closed: { reason: 'resolved', at: '2026-09-20T10:00:00Z' } },
    c8: { kind: 'hate_incident', strands: ['sexual_orientation'], areaId: n, at: '2026-07-21T10:00:00Z' },
    c9: { kind: 'hate_incident', strands: ['sexual_orientation'], areaId: n, at: '2026-08-21T10:00:00Z' },
    c10: { kind: 'hate_incident', strands: ['sexual_orientation'], areaId: n, at: '2026-08-22T10:00:00Z' },
    c11: { kind: 'hate_incident', strands: ['sexual_orientation'], areaId: n, at: '2026-09-22T10:00:00Z' },
    c12: { strands: ['religion'], areaId: s, at: '2026-08-02T10:00:00Z', decision: 'crime', closed: { reason: 'no_further_action', at: '2026-09-15T10:00:00Z' } },
    // 23:30 on 30 September in London: still the quarter.
    c13: { kind: 'hate_incident', strands: ['disability'], areaId: s, at: '2026-09-30T22:30:00Z' },
    // 00:30 on 1 July in London: already the quarter.
    c14: { strands: ['transgender'], areaId: null, at: '2026-06-30T23:30:00Z' },
    p1: { strands: ['race'], areaId: n, at: '2025-08-10T10:00:00Z', closed: { reason: 'charged', at: '2026-07-05T10:00:00Z' } },
    p2: { strands: ['race'], areaId: n, at: '2025-08-11T10:00:00Z' },
    p3: { strands: ['race'], areaId: n, at: '2025-09-12T10:00:00Z' },
    p4: { strands: ['race'], areaId: n, at: '2025-09-13T10:00:00Z' },
    p5: { kind: 'hate_incident', strands: ['religion'], areaId: n, at: '2025-07-20T10:00:00Z' },
    p6: { kind: 'hate_incident', strands: ['disability'], areaId: s, at: '2025-09-01T10:00:00Z' },
    t1: { strands: ['race'], areaId: n, at: '2021-10-05T10:00:00Z' },
    t2: { strands: ['race'], areaId: n, at: '2021-09-20T10:00:00Z' },
    t3: { strands: ['race'], areaId: n, at: '2022-02-01T10:00:00Z' },
    t4: { kind: 'hate_incident', strands: ['religion'], areaId: s, at: '2024-01-15T10:00:00Z' },
    t5: { strands: ['religion'], areaId: s, at: '2024-01-16T10:00:00Z', exercise: true },
    // A drill in the quarter: closed, reviewed and linked, and still never counted.
    x1: { strands: ['race'], areaId: n, at: '2026-08-05T10:00:00Z', exercise: true, closed: { reason: 'resolved', at: '2026-08-06T10:00:00Z' } },
    x2: { kind: 'concern', strands: [], areaId: n, at: '2026-08-05T11:00:00Z' },
    x3: { force: 'ZZZ', strands: ['race'], at: '2026-08-05T12:00:00Z' },
    // 00:30 on 1 October in London: the next quarter (but 2026 all the same).
    x4: { kind: 'hate_incident', strands: ['disability'], areaId: s, at: '2026-09-30T23:30:00Z' },
    // 23:30 on 30 June in London: the quarter before.
    x5: { strands: ['race'], areaId: n, at: '2026-06-30T22:30:00Z' },
  };
  for (const [name, report] of Object.entries(reports)) {
    id[name] = await addReport(test, { force: 'AAA', ...report });
  }
  const at = (name: string) => id[name] ?? '';
  await linkReports(test, at('c4'), at('c1'), 'repeat_victim');
  await linkReports(test, at('c5'), at('p1'), 'repeat_victim');
  await linkReports(test, at('c13'), at('x4'), 'repeat_victim');
  await linkReports(test, at('c3'), at('p2'), 'repeat_victim', { removed: true });
  await linkReports(test, at('c14'), at('t3'), 'related');
  await linkReports(test, at('c6'), at('x1'), 'repeat_victim');
  await linkReports(test, at('p4'), at('p2'), 'repeat_victim');

  const reviewer = await userId(test, analyst.email);
  const ticked = { flag_correct: true, thrive_done: true, victim_contacted: true, crime_number: true, support_offered: true, repeat_checked: true };
  const review = async (name: string, when: string, missing?: string) =>
    sql`insert into compliance_reviews (force_id, report_id, checklist, outcome, reviewed_by, reviewed_at)
        select force_id, id, ${JSON.stringify(missing ? { ...ticked, [missing]: false } : ticked)}::jsonb, ${missing ? 'returned' : 'compliant'}, ${reviewer}, ${when}::timestamptz
          from reports where id = ${at(name)}`.execute(test.database.db);
  await review('c1', '2026-07-12T10:00:00Z', 'victim_contacted');
  await review('c1', '2026-07-20T10:00:00Z');
  await review('c2', '2026-07-16T10:00:00Z');
  await review('c12', '2026-08-05T10:00:00Z', 'support_offered');
  await review('x1', '2026-08-07T10:00:00Z');
  await review('c3', '2026-10-02T10:00:00Z');

  const assess = async (area: string, level: string, when: string, supersedes: string | null) =>
    (
      await sql<{ id: string }>`
        insert into tension_assessments (force_id, area_id, level, trend, summary, next_review_at, supersedes, assessed_by, assessed_at)
        select force_id, id, ${level}, 'stable', 'Hand-built assessment.', ${when}::timestamptz + interval '7 days', ${supersedes}::uuid, ${reviewer}, ${when}::timestamptz
          from areas where id = ${area} returning id`.execute(test.database.db)
    ).rows[0]?.id ?? null;
  const a1 = await assess(n, 'raised', '2026-06-15T10:00:00Z', null);
  const a2 = await assess(n, 'high', '2026-08-10T10:00:00Z', a1);
  const a3 = await assess(n, 'raised', '2026-09-01T10:00:00Z', a2);
  await assess(n, 'very_high', '2026-10-05T10:00:00Z', a3);
  await assess(s, 'normal', '2026-07-05T10:00:00Z', null);

  const signal = (area: string, strand: string | null, day: string, level: string, status: string) =>
    sql`insert into tension_signals (force_id, area_id, strand, day, level, observed, expected, upper, ratio, reason, status)
        select force_id, id, ${strand}, ${day}::date, ${level}, 5, 1, 3, 5, 'Hand-built signal.', ${status} from areas where id = ${area}`.execute(test.database.db);
  await signal(n, 'race', '2026-07-10', 'red', 'acknowledged');
  await signal(n, 'religion', '2026-08-11', 'amber', 'dismissed');
  await signal(s, null, '2026-09-30', 'amber', 'open');
  await signal(n, 'race', '2026-10-01', 'red', 'open');
}

beforeAll(async () => {
  test = await createTestApp();
  pcc = await test.signIn(await test.addUser('AAA', ['pcc_office']));
  analyst = await test.signIn(await test.addUser('AAA', ['analyst']));
  handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
  await test.addUser('ZZZ', ['call_handler']);
  areas = await addTwoAreas(test, 'AAA');
  await seed();
});
afterAll(() => test.close());

async function report(client: SignedInClient, query: string): Promise<PccReport> {
  const response = await client.request({ method: 'GET', url: `/api/v1/returns/pcc-report?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const row = <T extends { name: string }>(rows: T[], name: string): T | undefined => rows.find((r) => r.name === name);

describe('GET /api/v1/returns/pcc-report', () => {
  it('should count the quarter by kind and strand against a year earlier, with % change and n/a', async () => {
    const r = await report(pcc, 'period=2026-Q3');
    expect(r.period).toMatchObject({ key: '2026-Q3', label: 'July to September 2026', from: '2026-06-30T23:00:00.000Z', to: '2026-09-30T23:00:00.000Z', complete: true });
    expect(r.comparedWith).toMatchObject({ key: '2025-Q3', from: '2025-06-30T23:00:00.000Z' });
    expect(r.forceName).toBe('Test force AAA');
    expect(Object.fromEntries(r.summary.map((s) => [s.measure, [s.current, s.previous, s.changePercent]]))).toEqual({
      hate_crimes: [8, 4, 100],
      hate_incidents: [6, 2, 200],
      all: [14, 6, 133.3],
      recorded_crimes: [5, 0, null],
      recorded_nchis: [1, 0, null],
    });
    const strands = Object.fromEntries(r.byStrand.map((s) => [s.strand, [s.all.current, s.all.previous, s.all.changePercent]]));
    expect(strands).toEqual({
      race: [6, 4, 50],
      religion: [2, 1, 100],
      sexual_orientation: [5, 0, null],
      disability: [1, 1, 0],
      transgender: [1, 0, null],
      other: [0, 0, null],
    });
    expect(r.byStrand.find((s) => s.strand === 'religion')).toMatchObject({ hateCrimes: { current: 2, previous: 0 }, hateIncidents: { current: 0, previous: 1 } });
  });

  it('should suppress small area counts as "<5", hide one more where subtraction would give one away, and say so', async () => {
    const r = await report(pcc, 'period=2026-Q3');
    expect(r.suppression).toMatchObject({ applied: true, threshold: 5 });
    expect(r.byArea.map((a) => a.name)).toEqual(['North East', 'South', 'No area recorded']);
    // North's incidents (5) and crimes (6) would give South's "<5" away against the force totals.
    expect(row(r.byArea, 'North East')).toMatchObject({ areaId: areas.north, hateCrimes: { current: '[c]' }, hateIncidents: { current: '[c]' }, all: { current: 11, previous: '[c]', changePercent: null } });
    expect(row(r.byArea, 'South')).toMatchObject({ hateCrimes: { current: '<5', previous: 0 }, hateIncidents: { current: '<5', previous: '<5' }, all: { current: '<5', previous: '<5', changePercent: null } });
    expect(row(r.byArea, 'No area recorded')).toMatchObject({ areaId: null, hateCrimes: { current: '<5' }, hateIncidents: { current: 0 }, all: { current: '<5', previous: 0 } });
    expect(row(r.areaByStrand, 'North East')?.counts).toEqual({ race: 6, religion: '<5', sexual_orientation: 5, disability: 0, transgender: 0, other: 0 });
    expect(row(r.areaByStrand, 'South')?.counts).toEqual({ race: 0, religion: '<5', sexual_orientation: 0, disability: '<5', transgender: 0, other: 0 });
    // Force-wide figures are never suppressed.
    expect(r.byStrand.find((s) => s.strand === 'transgender')?.all.current).toBe(1);
    expect(JSON.stringify(r)).not.toContain('hand-built report');
  });

  it('should show every area count to an analyst who asks for the internal version', async () => {
    const r = await report(analyst, 'period=2026-Q3&unsuppressed=true');
    expect(r.suppression.applied).toBe(false);
    expect(row(r.byArea, 'North East')).toMatchObject({ hateCrimes: { current: 6, previous: 4, changePercent: 50 }, hateIncidents: { current: 5, previous: 1 }, all: { current: 11, previous: 5, changePercent: 120 } });
    expect(row(r.byArea, 'South')).toMatchObject({ hateCrimes: { current: 1, previous: 0, changePercent: null }, all: { current: 2, previous: 1, changePercent: 100 } });
    expect(row(r.areaByStrand, 'No area recorded')?.counts.transgender).toBe(1);
  });

  it('should give a quarterly five-year trend by strand, and a yearly one for a year', async () => {
    const r = await report(pcc, 'period=2026-Q3');
    expect(r.trend.labels).toHaveLength(20);
    expect(r.trend.labels[0]).toBe('2021 Q4');
    expect(r.trend.labels.at(-1)).toBe('2026 Q3');
    const series = Object.fromEntries(r.trend.series.map((s) => [s.key, s.values]));
    const at = (values: Record<number, number>) => Array.from({ length: 20 }, (_, i) => values[i + 1] ?? 0);
    expect(series['all']).toEqual(at({ 1: 1, 2: 1, 10: 1, 16: 6, 19: 1, 20: 14 }));
    expect(series['race']).toEqual(at({ 1: 1, 2: 1, 16: 4, 19: 1, 20: 6 }));
    expect(series['religion']).toEqual(at({ 10: 1, 16: 1, 20: 2 }));
    expect(series['sexual_orientation']).toEqual(at({ 20: 5 }));

    const year = await report(pcc, 'period=2026');
    expect(year.period).toMatchObject({ key: '2026', complete: false });
    expect(year.trend).toMatchObject({ length: 'year', labels: ['2022', '2023', '2024', '2025', '2026'] });
    expect(year.trend.series.find((s) => s.key === 'all')?.values).toEqual([1, 0, 1, 6, 16]);
    const financial = await report(pcc, 'period=FY2026-Q2');
    expect(financial.period).toMatchObject({ key: 'FY2026-Q2', label: 'July to September 2026 (2026/27 Q2)', from: '2026-06-30T23:00:00.000Z' });
    expect(financial.summary[2]?.current).toBe(14);
  });

  it('should report outcomes, repeat victims, compliance and the tension picture of the quarter', async () => {
    const r = await report(pcc, 'period=2026-Q3');
    expect(r.outcomes).toEqual({
      closed: 4,
      byReason: [
        { reason: 'charged', label: 'Charged or summonsed', hateCrimes: 2, hateIncidents: 0, total: 2 },
        { reason: 'resolved', label: 'Resolved', hateCrimes: 0, hateIncidents: 1, total: 1 },
        { reason: 'no_further_action', label: 'No further action', hateCrimes: 1, hateIncidents: 0, total: 1 },
      ],
    });
    expect(r.repeatVictims).toEqual({ reports: 14, linked: 4, repeats: 2, repeatPercent: 14.3, previousRepeats: 1 });
    expect(r.compliance).toEqual({
      reviewed: 3,
      compliant: 2,
      compliantPercent: 66.7,
      returnedReviews: 2,
      missingItems: [
        { key: 'support_offered', label: 'Referral to victim support offered', count: 1 },
        { key: 'victim_contacted', label: 'Victim contacted (where not anonymous)', count: 1 },
      ],
    });
    expect(r.stopAndSearch).toEqual({ available: false, note: expect.stringContaining('Not available: stop and search records arrive with the Protect module') });
    expect(r.tension).toMatchObject({
      assessments: 3,
      highestLevel: 'High',
      signals: { raised: 3, red: 1, amber: 2, open: 1, acknowledged: 1, dismissed: 1 },
      operations: { available: false },
    });
    expect(r.tension.byLevel.map((l) => [l.level, l.assessments, l.areasAtHighest])).toEqual([
      ['normal', 1, 1],
      ['raised', 1, 0],
      ['high', 1, 1],
      ['very_high', 0, 0],
      ['critical', 0, 0],
    ]);
    expect((await auditRows(test, 'returns.pcc_report'))[0]?.details).toMatchObject({ period: '2026-Q3', format: 'json' });
  });

  it('should give another force only its own figures', async () => {
    const stranger = await test.signIn(await test.addUser('ZZZ', ['pcc_office']));
    const r = await report(stranger, 'period=2026-Q3');
    expect(r.forceName).toBe('Test force ZZZ');
    expect(r.summary.find((s) => s.measure === 'all')?.current).toBe(1);
    expect(r.byArea.map((a) => a.name)).toEqual(['No area recorded']);
    expect(r.tension.assessments).toBe(0);
    expect(r.compliance.reviewed).toBe(0);
  });

  it('should refuse the anonymous, roles without aggregates, and the internal version to the PCC office', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/returns/pcc-report?period=2026-Q3' })).statusCode).toBe(401);
    for (const path of ['pcc-report', 'pcc-report.pdf', 'pcc-report.xlsx']) {
      const response = await handler.request({ method: 'GET', url: `/api/v1/returns/${path}?period=2026-Q3` });
      expect(response.statusCode, path).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await pcc.request({ method: 'GET', url: '/api/v1/returns/pcc-report?period=2026-Q3&unsuppressed=true' })).statusCode).toBe(403);
  });

  it('should be described in the OpenAPI document, period and all', async () => {
    const doc = (await test.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/returns/pcc-report', '/api/v1/returns/pcc-report.pdf', '/api/v1/returns/pcc-report.xlsx', '/api/v1/returns/home-office.csv']));
    expect(doc.paths['/api/v1/returns/pcc-report'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['period', 'unsuppressed']);
  });

  it('should name the period when it is not one, or has not begun', async () => {
    for (const [query, message] of [
      ['period=2026-Q5', 'is not a period'],
      ['period=FY2026-28', 'write FY2026-27'],
      ['period=2027-Q1', 'has not begun'],
      ['', ''],
    ] as const) {
      const response = await pcc.request({ method: 'GET', url: `/api/v1/returns/pcc-report?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'period', message: expect.stringContaining(message) });
    }
    const unknown = await pcc.request({ method: 'GET', url: '/api/v1/returns/pcc-report.pdf?period=2026-Q3&area=north' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('area');
  });
});

describe('GET /api/v1/returns/pcc-report.pdf', () => {
  it('should print every section, the figures, each chart and its table, marked OFFICIAL', async () => {
    const response = await pcc.request({ method: 'GET', url: '/api/v1/returns/pcc-report.pdf?period=2026-Q3' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('pcc-report-2026-Q3.pdf');
    const read = await pdfText(response.rawPayload);
    const text = read.text.replace(/\s+/g, ' ');
    expect(read.info.Title).toBe('Hate crime and community tension: report to the Police and Crime Panel');
    for (const section of ['1. Purpose', '2. Summary', '3. Hate crimes and incidents by strand', '4. Hate crimes and incidents by policing area', '5. Five-year trend', '6. Outcomes of closed cases', '7. Repeat victims', '8. Compliance reviews', '9. Stop and search disproportionality', '10. Community tension and operations', 'Notes on the figures']) {
      expect(text).toContain(section);
    }
    expect(text).toContain('July to September 2026, compared with July to September 2025');
    expect(text).toContain('Hate crimes reported 8 4 +100.0%');
    expect(text).toContain('All hate crimes and incidents 14 6 +133.3%');
    expect(text).toContain('Of which recorded as crimes 5 0 n/a');
    expect(text).toContain('Race 6 0 6 4 +50.0%');
    expect(text).toContain('North East [c] [c] 11 [c] n/a');
    expect(text).toContain('South <5 <5 <5 <5 n/a');
    // The line chart's title and axis, then the same figures as a table.
    expect(text).toContain('Five-year trend by quarter');
    expect(text).toContain('2021 Q4 1 1 0 0 0 0 0');
    expect(text).toContain('2026 Q3 14 6 2 5 1 1 0');
    expect(text).toContain('Charged or summonsed 2 0 2');
    expect(text).toContain('From a victim who had reported before 2 (14.3%)');
    expect(text).toContain('Compliant 2 (66.7%)');
    expect(text).toContain('Not available: stop and search records arrive with the Protect module.');
    expect(text).toContain('Operations: not available: operations arrive with the Command module.');
    expect(text).toContain('Highest level assessed High');
    expect(text).not.toContain('OFFICIAL-SENSITIVE');
    read.pages.forEach((page) => expect(page).toContain('OFFICIAL'));
  });

  it('should mark the unsuppressed version OFFICIAL-SENSITIVE and print the real area counts', async () => {
    const response = await analyst.request({ method: 'GET', url: '/api/v1/returns/pcc-report.pdf?period=2026-Q3&unsuppressed=true' });
    expect(response.statusCode).toBe(200);
    const text = (await pdfText(response.rawPayload)).text.replace(/\s+/g, ' ');
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain('North East 6 5 11 5 +120.0%');
    expect(text).toContain('Not suppressed');
  });
});

describe('GET /api/v1/returns/pcc-report.xlsx', () => {
  it('should give one sheet per section that reads back with the same figures', async () => {
    const response = await pcc.request({ method: 'GET', url: '/api/v1/returns/pcc-report.xlsx?period=2026-Q3' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['About', 'Summary', 'By strand', 'By area', 'Area by strand', 'Five-year trend', 'Outcomes', 'Repeat victims', 'Compliance', 'Stop and search', 'Tension']);
    const values = (sheet: string, rowNumber: number) => (workbook.getWorksheet(sheet)?.getRow(rowNumber).values as unknown[]).slice(1);
    expect(values('Summary', 1)).toEqual(['Measure', 'This period', 'A year earlier', 'Change (%)']);
    expect(values('Summary', 2)).toEqual(['Hate crimes reported', 8, 4, 100]);
    expect(values('Summary', 5)).toEqual(['Of which recorded as crimes', 5, 0, 'n/a']);
    expect(values('By area', 2)).toEqual(['North East', '[c]', '<5', '[c]', '<5', 11, '[c]', 'n/a']);
    expect(values('Area by strand', 3)).toEqual(['South', 0, '<5', 0, '<5', 0, 0]);
    expect(workbook.getWorksheet('Five-year trend')?.rowCount).toBe(21);
    expect(values('Five-year trend', 21)).toEqual(['2026 Q3', 14, 6, 2, 5, 1, 1, 0]);
    expect(values('Stop and search', 2)[0]).toContain('stop and search records arrive with the Protect module');
    expect(values('Tension', 3)).toEqual(['Highest level assessed', 'High']);
    expect((await auditRows(test, 'returns.pcc_report'))[0]?.details).toMatchObject({ format: 'xlsx', suppressed: true });
  });
});
