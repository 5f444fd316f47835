import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OffenceGroup } from '../../shared/reports/contract.ts';
import { parseCsv } from '../formats/csv-parse.ts';
import { systemActor } from '../platform/actor.ts';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addReport, type FixtureReport } from '../test/returns-fixture.ts';
import { OFFENCE_GROUPS } from './home-office.presenter.ts';

let test: TestApp;
let analyst: SignedInClient;
let pcc: SignedInClient;

/**
 * Financial year 2025/26: 1 April 2025 00:00 (BST, so 31 March 23:00 UTC) to 1 April 2026 00:00.
 * Crimes count by when they were recorded; everything marked "out" must not count.
 */
const reports: (Omit<FixtureReport, 'force'> & { force?: string })[] = [
  { strands: ['race'], at: '2025-08-10T10:00:00Z', decision: 'crime', offenceGroup: 'Public order' },
  { strands: ['race'], at: '2025-08-11T10:00:00Z', decision: 'crime', offenceGroup: 'Violence and sexual offences' },
  { strands: ['race', 'disability'], at: '2025-09-12T10:00:00Z', decision: 'crime', offenceGroup: 'Criminal damage and arson' },
  { strands: ['religion'], at: '2026-02-10T10:00:00Z', decision: 'crime', religion: 'jewish', offenceGroup: 'Burglary', online: true },
  { strands: ['religion', 'race'], at: '2025-12-01T10:00:00Z', decision: 'crime', religion: 'muslim', offenceGroup: 'Public order' },
  // Religion-motivated with neither perceived religion nor offence group: "Not recorded" rows.
  { strands: ['religion'], at: '2025-11-01T10:00:00Z', decision: 'crime' },
  // Received 23:00 on 31 March 2025 (last year), recorded the next morning: this year.
  { strands: ['transgender'], at: '2025-03-31T22:00:00Z', decidedAt: '2025-04-01T08:00:00Z', decision: 'crime', offenceGroup: 'Robbery' },
  { strands: ['disability'], at: '2025-06-01T10:00:00Z', decision: 'crime', offenceGroup: 'Drugs' },
  { strands: ['race'], at: '2025-06-02T10:00:00Z', decision: 'crime', offenceGroup: 'Shoplifting' },
  // Reported as an incident, recorded as a crime: the decision is what counts.
  { kind: 'hate_incident', strands: ['sexual_orientation'], at: '2025-05-05T10:00:00Z', decision: 'crime', offenceGroup: 'Public order' },
  // Out: decided NCHI (one reported as a crime, one as an incident), no record, an exercise.
  { strands: ['race'], at: '2025-09-13T10:00:00Z', decision: 'nchi' },
  { kind: 'hate_incident', strands: ['religion'], at: '2025-07-20T10:00:00Z', decision: 'nchi' },
  { strands: ['race'], at: '2025-07-21T10:00:00Z', decision: 'no_record' },
  { strands: ['race'], at: '2025-10-10T10:00:00Z', decision: 'crime', offenceGroup: 'Public order', exercise: true },
  // Out of the return, but counted apart: only a non-monitored strand.
  { strands: ['other'], at: '2025-10-01T10:00:00Z', decision: 'crime', offenceGroup: 'Public order' },
  // Out: recorded 00:30 on 1 April 2026 in London (next year), and another force's crime.
  { strands: ['race'], at: '2026-03-31T21:00:00Z', decidedAt: '2026-03-31T23:30:00Z', decision: 'crime', offenceGroup: 'Public order' },
  { force: 'ZZZ', strands: ['race'], at: '2025-10-10T10:00:00Z', decision: 'crime', offenceGroup: 'Public order' },
];

beforeAll(async () => {
  test = await createTestApp();
  analyst = await test.signIn(await test.addUser('AAA', ['analyst']));
  pcc = await test.signIn(await test.addUser('AAA', ['pcc_office']));
  await test.addUser('ZZZ', ['call_handler']);
  for (const report of reports) {
    await addReport(test, { force: 'AAA', ...report });
  }
});
afterAll(() => test.close());

const EXPECTED: [section: string, category: string, count: number][] = [
  ['total', 'Hate crimes (distinct)', 10],
  ['strand', 'Race', 5],
  ['strand', 'Religion', 3],
  ['strand', 'Sexual orientation', 1],
  ['strand', 'Disability', 2],
  ['strand', 'Transgender', 1],
  ['perceived_religion', 'Buddhist', 0],
  ['perceived_religion', 'Christian', 0],
  ['perceived_religion', 'Hindu', 0],
  ['perceived_religion', 'Jewish', 1],
  ['perceived_religion', 'Muslim', 1],
  ['perceived_religion', 'Sikh', 0],
  ['perceived_religion', 'Other', 0],
  ['perceived_religion', 'No religion', 0],
  ['perceived_religion', 'Unknown', 0],
  ['perceived_religion', 'Not recorded', 1],
  ['offence_group', 'Public order offences', 3],
  ['offence_group', 'Violence against the person and sexual offences', 1],
  ['offence_group', 'Criminal damage and arson', 1],
  ['offence_group', 'Theft offences', 2],
  ['offence_group', 'Robbery', 1],
  ['offence_group', 'Other notifiable offences', 1],
  ['offence_group', 'Not recorded', 1],
  ['flag', 'Online (cyber-enabled)', 1],
  ['excluded', 'Recorded crimes with only a non-monitored strand', 1],
];

describe('GET /api/v1/returns/home-office.csv', () => {
  it('should count the financial year’s recorded hate crimes by strand, perceived religion and offence group', async () => {
    const response = await analyst.request({ method: 'GET', url: '/api/v1/returns/home-office.csv?year=2025' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('home-office-hate-crime-AAA-2025-26.csv');
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual(['financial_year', 'force_code', 'section', 'category', 'count', 'note']);
    expect(rows.map(([year, force, section, category, count]) => [year, force, section, category, Number(count)])).toEqual(EXPECTED.map(([section, category, count]) => ['2025/26', 'AAA', section, category, count]));
    expect(response.body.split('\r\n')[1]).toBe('2025/26,AAA,total,Hate crimes (distinct),10,"each crime once, whatever its strands"');
    expect(rows.find((r) => r[3] === 'Violence against the person and sexual offences')?.[5]).toContain('cannot be split into violence with injury, without injury');
    expect((await auditRows(test, 'returns.home_office'))[0]?.details).toMatchObject({ year: 2025 });
  });

  it('should give the CLI the same file, by force code', async () => {
    const api = (await analyst.request({ method: 'GET', url: '/api/v1/returns/home-office.csv?year=2025' })).body;
    const cli = await test.services.homeOffice.csv(systemActor('test'), { year: 2025, forceCode: 'aaa' });
    expect(cli.text).toBe(api);
    await expect(test.services.homeOffice.csv(systemActor('test'), { year: 2025, forceCode: 'NOPE' })).rejects.toMatchObject({ status: 404 });
  });

  it('should leave NCHIs out of the return while the panel report counts them as incidents', async () => {
    const panel = (await analyst.request({ method: 'GET', url: '/api/v1/returns/pcc-report?period=FY2025' })).json();
    const summary = Object.fromEntries(panel.summary.map((s: { measure: string; current: number }) => [s.measure, s.current]));
    // Received in 2025/26: 14 live reports (the robbery came in on 31 March 2025); 2 reported as incidents.
    expect(summary).toMatchObject({ all: 14, hate_incidents: 2, recorded_nchis: 2, recorded_crimes: 11 });
  });

  it('should give another force only its own crimes', async () => {
    const stranger = await test.signIn(await test.addUser('ZZZ', ['inspector']));
    const rows = parseCsv((await stranger.request({ method: 'GET', url: '/api/v1/returns/home-office.csv?year=2025' })).body);
    expect(rows[1]?.slice(1, 5)).toEqual(['ZZZ', 'total', 'Hate crimes (distinct)', '1']);
  });

  it('should refuse the anonymous and roles without returns, and name a bad year', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/returns/home-office.csv?year=2025' })).statusCode).toBe(401);
    const refused = await pcc.request({ method: 'GET', url: '/api/v1/returns/home-office.csv?year=2025' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    for (const [query, message] of [
      ['year=25', ''],
      ['year=twenty', ''],
      ['', ''],
      ['year=2030', 'has not begun: 2030/31 starts on 2030-04-01'],
    ] as const) {
      const response = await analyst.request({ method: 'GET', url: `/api/v1/returns/home-office.csv?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'year', message: expect.stringContaining(message) });
    }
  });
});

describe('Home Office offence groups', () => {
  it('should map every crime type we record onto exactly one group', () => {
    for (const type of OffenceGroup.options) {
      expect(OFFENCE_GROUPS.filter((g) => g.types.includes(type)).map((g) => g.group), type).toHaveLength(1);
    }
  });
});
