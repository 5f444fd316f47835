import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import { TensionSummaryExport } from '../../shared/returns/tension-summary-contract.ts';
import { parseCsv } from '../formats/csv-parse.ts';
import { pdfText } from '../formats/pdf-text.ts';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addTwoAreas } from '../test/tension-fixture.ts';
import { CSV_COLUMNS } from './tension-summary.presenter.ts';

const URL = '/api/v1/returns/tension-summaries';
const today = londonDay(new Date());
const yesterday = addDays(today, -1);

let test: TestApp;
let analyst: SignedInClient;
let commander: SignedInClient;
let gold: SignedInClient;
let hco: SignedInClient;
let inspector: SignedInClient;
let comms: SignedInClient;
let areas: { north: string; south: string };

/** A report written straight into the table (as the system), received at midday London time `daysAgo` days ago. */
async function addReport(r: { kind: string; areaId: string | null; strands: string[]; daysAgo: number; exercise?: boolean }) {
  const at = new Date(londonMidnight(addDays(today, -r.daysAgo)).getTime() + 12 * 3_600_000);
  await sql`
    insert into reports (force_id, reference, kind, channel, description, language, language_detected, occurred_at,
                         strands, area_id, reporter_role, anonymous, secret_hash, received_at, exercise)
    select id, ${`CTS-${Math.random().toString(36).slice(2, 10)}`}, ${r.kind}, 'call', 'A report for the tension summary tests.', 'en', false,
           ${at}, ${`{${r.strands.join(',')}}`}::text[], ${r.areaId}::uuid, 'victim', true, 'x', ${at}, ${r.exercise ?? false}
      from forces where code = 'CTS'`.execute(test.database.db);
}

async function addSignal(areaId: string, day: string, reason: string) {
  await sql`
    insert into tension_signals (force_id, area_id, strand, day, level, observed, expected, upper, ratio, reason)
    select id, ${areaId}::uuid, 'religion', ${day}::date, 'red', 7, 0.4, 2, 17.5, ${reason} from forces where code = 'CTS'`.execute(test.database.db);
}

beforeAll(async () => {
  test = await createTestApp();
  analyst = await test.signIn(await test.addUser('CTS', ['analyst']));
  commander = await test.signIn(await test.addUser('CTS', ['npa_commander']));
  gold = await test.signIn(await test.addUser('CTS', ['gold']));
  hco = await test.signIn(await test.addUser('CTS', ['hate_crime_officer']));
  inspector = await test.signIn(await test.addUser('CTS', ['inspector']));
  comms = await test.signIn(await test.addUser('CTS', ['comms']));
  areas = await addTwoAreas(test, 'CTS');

  // The tension picture: the North East is Raised as a whole and High for its Muslim community; the South is not assessed.
  const community = await commander.request({ method: 'POST', url: '/api/v1/tension/communities', payload: { name: 'Muslim community', kind: 'faith', areaId: areas.north } });
  expect(community.statusCode, community.body).toBe(201);
  const assess = async (payload: Record<string, unknown>) => {
    const response = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload });
    expect(response.statusCode, response.body).toBe(201);
  };
  await assess({
    areaId: areas.north,
    level: 'raised',
    trend: 'stable',
    summary: 'Some concern after the attack elsewhere; no local incidents of note.',
    evidence: [{ category: 'evidenced', description: 'Graffiti on a gurdwara wall', source: 'Open311 partner', reliability: 'reliable', observedOn: yesterday }],
  });
  await assess({
    areaId: areas.north,
    communityId: community.json().id,
    level: 'high',
    trend: 'rising',
    summary: 'A rumour of a march past the mosque is frightening worshippers.',
    evidence: [
      { category: 'experienced', description: 'Worshippers afraid to attend Friday prayers', source: 'Mosque committee', reliability: 'usually_reliable', observedOn: yesterday },
      { category: 'potential', description: 'Vigil on Sunday at the war memorial', source: 'Council', reliability: 'reliable', observedOn: addDays(today, 3) },
    ],
    keyTriggers: ['Friday prayers'],
    actions: [{ description: 'High-visibility patrols at the mosque at Friday prayers', owner: 'Insp Khan', dueAt: '2026-11-27T12:00:00Z' }],
  });
  await addSignal(areas.north, yesterday, '7 reports against 0.4 expected for a Sunday: 17.5 times the expected count.');
  await addSignal(areas.north, addDays(today, -20), 'An old signal outside the period.');

  // In the period: 2 hate crimes and 1 incident in the north, 1 incident in the south, 1 crime in no area.
  await addReport({ kind: 'hate_crime', areaId: areas.north, strands: ['religion'], daysAgo: 1 });
  await addReport({ kind: 'hate_crime', areaId: areas.north, strands: ['religion', 'race'], daysAgo: 3 });
  await addReport({ kind: 'hate_incident', areaId: areas.north, strands: ['race'], daysAgo: 2 });
  await addReport({ kind: 'hate_incident', areaId: areas.south, strands: ['disability'], daysAgo: 4 });
  await addReport({ kind: 'hate_crime', areaId: null, strands: ['race'], daysAgo: 5 });
  // None of these counts: an exercise, a community concern, a crime before the period, one today.
  await addReport({ kind: 'hate_crime', areaId: areas.north, strands: ['religion'], daysAgo: 1, exercise: true });
  await addReport({ kind: 'concern', areaId: areas.north, strands: [], daysAgo: 1 });
  await addReport({ kind: 'hate_crime', areaId: areas.north, strands: ['religion'], daysAgo: 9 });
  await addReport({ kind: 'hate_crime', areaId: areas.north, strands: ['religion'], daysAgo: 0 });
});
afterAll(() => test.close());

type Summary = {
  id: string;
  revision: number;
  version: number;
  status: string;
  text: { summary: string; context: string; forthcoming: string; areas: { areaId: string; summary: string; keyIncidents: string; actions: string; potential: string }[] };
  compiled: { areas: { areaId: string; level: string | null; trend: string | null; hateCrimes: number; hateIncidents: number; evidence: unknown[]; signals: { reason: string }[] }[] };
};

let weekly: Summary;

describe('compiling a Community Tension Summary', () => {
  it('should refuse the anonymous, roles that do not prepare returns, and bad periods (naming the field)', async () => {
    expect((await test.app.inject({ method: 'POST', url: URL, payload: {} })).statusCode).toBe(401);
    expect((await comms.request({ method: 'POST', url: URL, payload: {} })).statusCode).toBe(403);
    expect((await gold.request({ method: 'POST', url: URL, payload: {} })).statusCode).toBe(403);
    const field = async (payload: Record<string, unknown>) => {
      const response = await analyst.request({ method: 'POST', url: URL, payload });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors.map((e: { field: string }) => e.field);
    };
    expect(await field({ from: '2026-13-45' })).toEqual(['from']);
    expect(await field({ from: yesterday, to: addDays(yesterday, -1) })).toEqual(['to']);
    expect(await field({ from: yesterday, to: addDays(today, 1) })).toEqual(['to']);
    expect(await field({ from: addDays(today, -40), to: yesterday })).toEqual(['from']);
    expect(await field({ from: yesterday, week: 47 })).toEqual(['week']);
  });

  it('should compile the 7 days ending yesterday by default, one section per area from the live picture', async () => {
    const response = await analyst.request({ method: 'POST', url: URL, payload: {} });
    expect(response.statusCode, response.body).toBe(201);
    weekly = response.json();
    expect(weekly).toMatchObject({ from: addDays(yesterday, -6), to: yesterday, days: 7, cadence: 'weekly', version: 1, revision: 1, status: 'draft', corrects: null });
    expect(weekly).toMatchObject({ allowed: { edit: true, approve: false, issue: false, correct: false } });
    const [north, south] = [areas.north, areas.south].map((id) => weekly.compiled.areas.find((a) => a.areaId === id));
    // The highest level across the area and its community, as the map shows it; the exercise, the concern and reports outside the period do not count.
    expect(north).toMatchObject({ level: 'high', trend: 'rising', hateCrimes: 2, hateIncidents: 1 });
    expect(north?.evidence).toHaveLength(3);
    expect(north?.signals.map((s) => s.reason)).toEqual([expect.stringContaining('17.5 times')]);
    expect(south).toMatchObject({ level: null, trend: null, hateCrimes: 0, hateIncidents: 1, evidence: [], signals: [] });
    expect(response.json().compiled.totals).toEqual({ hateCrimes: 3, hateIncidents: 2, byStrand: { religion: 2, race: 3, disability: 1 }, outsideAreas: 1 });

    const text = weekly.text.areas.find((a) => a.areaId === areas.north);
    expect(text?.summary).toContain('Muslim community (North East): High, rising.');
    expect(text?.keyIncidents).toContain('2 hate crimes and 1 hate incident reported (race 2, religion 2)');
    expect(text?.keyIncidents).toContain('Red signal');
    expect(text?.potential).toContain('Vigil on Sunday');
    expect(text?.actions).toContain('High-visibility patrols at the mosque at Friday prayers: Insp Khan');
    expect(weekly.text.summary).toContain('3 hate crimes and 2 hate incidents were reported across the force (exercises excluded); 1 signal was raised.');
    expect(weekly.text.summary).toContain('The highest current tension level is High, in North East (rising).');
    expect(weekly.text.forthcoming).toContain('North East: Vigil on Sunday');
    expect(weekly.text.areas.find((a) => a.areaId === areas.south)?.summary).toBe('No current tension assessment.');
    expect((await auditRows(test, 'tension_summary.compiled'))[0]).toMatchObject({ record_id: weekly.id, actor_email: analyst.email });
  });

  it('should compile a daily return for one day, and let preparers and readers list and read returns', async () => {
    const daily = await hco.request({ method: 'POST', url: URL, payload: { from: yesterday, to: yesterday } });
    expect(daily.statusCode, daily.body).toBe(201);
    expect(daily.json()).toMatchObject({ days: 1, cadence: 'daily' });
    expect(daily.json().compiled.areas.find((a: { areaId: string }) => a.areaId === areas.north)).toMatchObject({ hateCrimes: 1, hateIncidents: 0 });
    expect((await inspector.request({ method: 'GET', url: `${URL}/${weekly.id}` })).statusCode).toBe(200);
    expect((await comms.request({ method: 'GET', url: `${URL}/${weekly.id}` })).statusCode).toBe(403);
    const list = (await gold.request({ method: 'GET', url: URL })).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([weekly.id, daily.json().id]));
  });
});

const edit = (summary: Summary, over: Partial<Summary['text']> & { basedOnRevision?: number } = {}) => ({ ...summary.text, basedOnRevision: summary.revision, ...over });

describe('editing, approving and issuing', () => {
  it('should save an edit as the next revision and refuse a stale one, a wrong role and a missing area', async () => {
    const url = `${URL}/${weekly.id}`;
    const saved = await analyst.request({ method: 'PUT', url, payload: edit(weekly, { context: 'National: the threat level is CRITICAL after the attack.' }) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 2, status: 'draft', text: { context: 'National: the threat level is CRITICAL after the attack.' } });
    const stale = await analyst.request({ method: 'PUT', url, payload: edit(weekly, { basedOnRevision: 1 }) });
    expect(stale.statusCode).toBe(409);
    expect((await gold.request({ method: 'PUT', url, payload: edit(saved.json()) })).statusCode).toBe(403);
    const missing = await analyst.request({ method: 'PUT', url, payload: edit(saved.json(), { areas: saved.json().text.areas.slice(1) }) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('areas');
    const stranger = await analyst.request({ method: 'PUT', url, payload: edit(saved.json(), { areas: [{ ...saved.json().text.areas[0], areaId: '00000000-0000-4000-8000-000000000000' }, saved.json().text.areas[1]] }) });
    expect(stranger.json().errors[0].field).toBe('areas.0.areaId');
    weekly = saved.json();
    expect((await auditRows(test, 'tension_summary.edited'))[0]).toMatchObject({ record_id: weekly.id, actor_email: analyst.email });
  });

  it('should be approved by a commander who did not write it (two-person rule), at the revision read', async () => {
    const url = `${URL}/${weekly.id}/approve`;
    expect((await analyst.request({ method: 'POST', url, payload: { revision: 2 } })).statusCode).toBe(403);
    expect((await commander.request({ method: 'POST', url, payload: { revision: 1 } })).statusCode).toBe(409);
    const approved = await commander.request({ method: 'POST', url, payload: { revision: 2 } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: 'Test npa_commander', allowed: { issue: true } });
    expect((await commander.request({ method: 'POST', url, payload: { revision: 2 } })).statusCode).toBe(409);

    // A commander who compiles a return may not approve it; another holder of returns:approve may.
    const own = (await commander.request({ method: 'POST', url: URL, payload: { from: yesterday, to: yesterday } })).json();
    expect(own.allowed.approve).toBe(false);
    const refused = await commander.request({ method: 'POST', url: `${URL}/${own.id}/approve`, payload: { revision: 1 } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('two-person rule');
    expect((await gold.request({ method: 'POST', url: `${URL}/${own.id}/issue` })).statusCode).toBe(409);
  });

  it('should withdraw the approval when an approved draft is edited', async () => {
    const edited = await hco.request({ method: 'PUT', url: `${URL}/${weekly.id}`, payload: edit(weekly, { basedOnRevision: 2, summary: `${weekly.text.summary} Reviewed by the Force Hate Crime Officer.` }) });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'draft', revision: 3, approvedBy: null });
    const approved = await commander.request({ method: 'POST', url: `${URL}/${weekly.id}/approve`, payload: { revision: 3 } });
    expect(approved.statusCode, approved.body).toBe(200);
    weekly = approved.json();
  });

  it('should be issued by a holder of returns:approve, recording who and when', async () => {
    const url = `${URL}/${weekly.id}/issue`;
    expect((await analyst.request({ method: 'POST', url })).statusCode).toBe(403);
    const issued = await gold.request({ method: 'POST', url });
    expect(issued.statusCode, issued.body).toBe(200);
    // Gold approves and issues but does not prepare returns, so cannot open a correction; the analyst can.
    expect(issued.json()).toMatchObject({ status: 'issued', issuedBy: 'Test gold', approvedBy: 'Test npa_commander', allowed: { edit: false, approve: false, issue: false, correct: false } });
    expect((await analyst.request({ method: 'GET', url: `${URL}/${weekly.id}` })).json().allowed).toEqual({ edit: false, approve: false, issue: false, correct: true });
    expect(Date.now() - new Date(issued.json().issuedAt).getTime()).toBeLessThan(60_000);
    weekly = issued.json();
    expect((await auditRows(test, 'tension_summary.issued'))[0]).toMatchObject({ record_id: weekly.id, actor_email: gold.email });
  });
});

describe('an issued return', () => {
  it('should never change: an edit, an approval or a second issue answers 409', async () => {
    expect((await analyst.request({ method: 'PUT', url: `${URL}/${weekly.id}`, payload: edit(weekly) })).statusCode).toBe(409);
    expect((await commander.request({ method: 'POST', url: `${URL}/${weekly.id}/approve`, payload: { revision: weekly.revision } })).statusCode).toBe(409);
    expect((await gold.request({ method: 'POST', url: `${URL}/${weekly.id}/issue` })).statusCode).toBe(409);
  });

  it('should be protected by the database too, whoever asks', async () => {
    const db = test.database.db;
    await expect(sql`update tension_summaries set content = '{}'::jsonb where id = ${weekly.id}`.execute(db)).rejects.toThrow(/never changes/);
    await expect(sql`update tension_summaries set status = 'draft', approved_by = null, approved_at = null, issued_at = null where id = ${weekly.id}`.execute(db)).rejects.toThrow(/never changes/);
    await expect(sql`delete from tension_summaries where id = ${weekly.id}`.execute(db)).rejects.toThrow(/delete refused/);
    // A draft's text may change, but never what was compiled, nor its period.
    const draft = (await analyst.request({ method: 'POST', url: URL, payload: { from: yesterday, to: yesterday } })).json();
    await expect(sql`update tension_summaries set compiled = '{}'::jsonb where id = ${draft.id}`.execute(db)).rejects.toThrow(/never change/);
    await expect(sql`update tension_summaries set period_from = period_from - 1 where id = ${draft.id}`.execute(db)).rejects.toThrow(/never change/);
    const row = await db.selectFrom('tension_summaries').select(['content', 'status']).where('id', '=', weekly.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'issued', content: expect.objectContaining({ summary: weekly.text.summary }) });
  });

  it('should refuse a second original issued for the same period: that is what corrections are for', async () => {
    const second = (await analyst.request({ method: 'POST', url: URL, payload: {} })).json();
    expect((await commander.request({ method: 'POST', url: `${URL}/${second.id}/approve`, payload: { revision: 1 } })).statusCode).toBe(200);
    const refused = await gold.request({ method: 'POST', url: `${URL}/${second.id}/issue` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('correct that one');
  });
});

let correction: Summary & { corrects: { id: string; version: number; reason: string } };

describe('a correction', () => {
  it('should be the next version, a draft copying the issued content, one per version', async () => {
    const url = `${URL}/${weekly.id}/corrections`;
    const reason = 'The vigil is on Saturday, not Sunday.';
    expect((await gold.request({ method: 'POST', url, payload: { reason } })).statusCode).toBe(403);
    expect((await analyst.request({ method: 'POST', url, payload: { reason: '' } })).json().errors[0].field).toBe('reason');
    const created = await analyst.request({ method: 'POST', url, payload: { reason } });
    expect(created.statusCode, created.body).toBe(201);
    correction = created.json();
    expect(correction).toMatchObject({ version: 2, revision: 1, status: 'draft', corrects: { id: weekly.id, version: 1, reason } });
    expect(correction.text).toEqual(weekly.text);
    expect((await analyst.request({ method: 'POST', url, payload: { reason } })).statusCode).toBe(409);
    expect((await analyst.request({ method: 'POST', url: `${URL}/${correction.id}/corrections`, payload: { reason } })).statusCode).toBe(409);
  });

  it('should supersede the issued version when issued, leaving its content as it was', async () => {
    const text = weekly.text.areas.map((a) => (a.areaId === areas.north ? { ...a, potential: a.potential.replace('Vigil on Sunday', 'Vigil on Saturday') } : a));
    const edited = await analyst.request({ method: 'PUT', url: `${URL}/${correction.id}`, payload: edit(correction, { areas: text }) });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await commander.request({ method: 'POST', url: `${URL}/${correction.id}/approve`, payload: { revision: 2 } })).statusCode).toBe(200);
    const issued = await gold.request({ method: 'POST', url: `${URL}/${correction.id}/issue` });
    expect(issued.statusCode, issued.body).toBe(200);
    correction = issued.json();
    const before = (await analyst.request({ method: 'GET', url: `${URL}/${weekly.id}` })).json();
    expect(before).toMatchObject({ status: 'superseded', supersededBy: { id: correction.id, version: 2 }, text: weekly.text, issuedBy: 'Test gold' });
    expect(before.allowed.correct).toBe(false);
    expect((await analyst.request({ method: 'POST', url: `${URL}/${weekly.id}/corrections`, payload: { reason: 'again' } })).statusCode).toBe(409);
    expect((await auditRows(test, 'tension_summary.superseded'))[0]).toMatchObject({ record_id: weekly.id });
    expect((await auditRows(test, 'tension_summary.correction_created'))[0]).toMatchObject({ record_id: correction.id });
  });
});

describe('exports for the national team', () => {
  it('should print the PDF marked OFFICIAL-SENSITIVE, with who compiled, approved and issued it and what it corrects', async () => {
    const response = await inspector.request({ method: 'GET', url: `${URL}/${correction.id}.pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="cts-cts-${addDays(yesterday, -6)}-to-${yesterday}-v2.pdf"`);
    const { text: raw, pages } = await pdfText(response.rawPayload);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Community Tension Summary');
    expect(text).toContain('Weekly return, version 2');
    expect(text).toContain('Version 1: The vigil is on Saturday, not Sunday.');
    expect(text).toMatch(/Compiled .* by Test analyst/);
    expect(text).toMatch(/Approved .* by Test npa_commander/);
    expect(text).toMatch(/Issued .* by Test gold/);
    for (const heading of ['1. Summary', '2. National and force context', '3. Tension by policing area', '3.1 North East: High, rising', 'Experienced', 'Evidenced', 'Potential', 'Key incidents', 'Actions', '4. Forthcoming events and risks']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Vigil on Saturday');
    expect(text).toContain('the threat level is CRITICAL');
    expect(pages.every((page) => page.includes('OFFICIAL-SENSITIVE'))).toBe(true);
    const superseded = (await pdfText((await inspector.request({ method: 'GET', url: `${URL}/${weekly.id}.pdf` })).rawPayload)).text.replace(/\s+/g, ' ');
    expect(superseded).toContain('superseded by a correction');
    expect(superseded).toContain('Vigil on Sunday');
  });

  it('should give one CSV row per area with its level, trend, EEP counts and texts, incidents and actions', async () => {
    const response = await analyst.request({ method: 'GET', url: `${URL}/${correction.id}.csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = parseCsv(response.body).map((r) => r);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const record = (row: string[] | undefined) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row?.[i]]));
    const north = record(rows.find((r) => r[5] === 'North East'));
    expect(north).toMatchObject({ version: '2', status: 'issued', level: 'High', trend: 'rising', experienced_count: '1', evidenced_count: '1', potential_count: '1', hate_crimes: '2', hate_incidents: '1', signals: '1' });
    expect(north['potential']).toContain('Vigil on Saturday');
    expect(north['key_incidents']).toContain('Red signal');
    expect(north['actions']).toContain('Insp Khan');
    expect(record(rows.find((r) => r[5] === 'South'))).toMatchObject({ level: '', trend: '', experienced_count: '0', hate_incidents: '1' });
  });

  it('should give the machine-readable JSON in its documented schema', async () => {
    const response = await hco.request({ method: 'GET', url: `${URL}/${correction.id}.json` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('-v2.json');
    const body = TensionSummaryExport.parse(response.json());
    expect(body).toMatchObject({
      schema: 'cohesion/community-tension-summary@1',
      marking: 'OFFICIAL-SENSITIVE',
      force: { code: 'CTS' },
      period: { from: addDays(yesterday, -6), to: yesterday, days: 7, cadence: 'weekly' },
      version: 2,
      status: 'issued',
      corrects: { id: weekly.id, version: 1 },
      approved: { by: 'Test npa_commander' },
      issued: { by: 'Test gold' },
      totals: { hateCrimes: 3, hateIncidents: 2, signals: 1 },
    });
    const north = body.areas.find((a) => a.name === 'North East');
    expect(north).toMatchObject({ level: { key: 'high', label: 'High', rank: 2 }, trend: 'rising', incidents: { hateCrimes: 2, hateIncidents: 1 } });
    expect(north?.potential).toMatchObject({ count: 1, items: [{ description: 'Vigil on Sunday at the war memorial', source: 'Council' }] });
    expect(north?.potential.text).toContain('Vigil on Saturday');
    expect(north?.actions.items).toEqual([{ description: 'High-visibility patrols at the mosque at Friday prayers', owner: 'Insp Khan', dueAt: '2026-11-27T12:00:00.000Z' }]);
    const exports = await auditRows(test, 'tension_summary.exported');
    expect(exports.slice(0, 4).map((r) => (r.details as { format: string }).format)).toEqual(['json', 'csv', 'pdf', 'pdf']);
    expect((await comms.request({ method: 'GET', url: `${URL}/${correction.id}.json` })).statusCode).toBe(403);
  });

  it('should be invisible to another force', async () => {
    const roles = ['analyst', 'npa_commander', 'gold'] as const;
    for (const suffix of ['', '.pdf', '.json', '.csv']) {
      await expectOtherForce404(test, [...roles], { method: 'GET', url: `${URL}/${correction.id}${suffix}` });
    }
    await expectOtherForce404(test, [...roles], { method: 'PUT', url: `${URL}/${correction.id}`, payload: edit(correction) });
    await expectOtherForce404(test, [...roles], { method: 'POST', url: `${URL}/${correction.id}/approve`, payload: { revision: 1 } });
    await expectOtherForce404(test, [...roles], { method: 'POST', url: `${URL}/${correction.id}/issue` });
    await expectOtherForce404(test, [...roles], { method: 'POST', url: `${URL}/${correction.id}/corrections`, payload: { reason: 'x' } });
    const stranger = await test.outsider(['analyst']);
    expect((await stranger.request({ method: 'GET', url: URL })).json()).toEqual([]);
  });
});
