import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let handler: SignedInClient;
let supervisor: SignedInClient;
let officer: SignedInClient;
let officerId: string;

const call = (overrides: Record<string, unknown> = {}) => ({
  channel: 'call',
  report: {
    kind: 'hate_crime',
    description: 'Two men shouted racist abuse at the caller and her daughter outside the school gate and spat at them.',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    strands: ['race', 'religion'],
    location: { description: 'Oak Road primary school gate' },
    reporterRole: 'victim',
    anonymous: false,
    contact: { name: 'Ayesha', phone: '07700 900123' },
    ...overrides,
  },
});

const thrive = (grade = 'priority') => {
  const element = (rating: string) => ({ rating, notes: 'noted' });
  return {
    threat: element('high'),
    harm: element('medium'),
    risk: element('high'),
    investigation: element('medium'),
    vulnerability: element('high'),
    engagement: element('medium'),
    grade,
    rationale: 'vulnerable victim, child present, risk of repeat',
  };
};

async function newReport(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await handler.request({ method: 'POST', url: '/api/v1/reports', payload: call(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const post = (client: SignedInClient, url: string, payload: object) => client.request({ method: 'POST', url, payload });

beforeAll(async () => {
  test = await createTestApp();
  handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
  supervisor = await test.signIn(await test.addUser('AAA', ['supervisor']));
  officer = await test.signIn(await test.addUser('AAA', ['officer']));
  officerId = (await officer.request({ method: 'GET', url: '/api/v1/me' })).json().user.id;
});
afterAll(() => test.close());

describe('POST /api/v1/reports', () => {
  it('should record a call with channel call and a force reference', async () => {
    const response = await handler.request({ method: 'POST', url: '/api/v1/reports', payload: call() });
    expect(response.statusCode).toBe(201);
    expect(response.json().reference).toMatch(/^AAA-HC-\d{4}-\d{6}$/);
    const row = await test.database.db.selectFrom('reports').select(['channel', 'submitted_by']).where('id', '=', response.json().id).executeTakeFirstOrThrow();
    expect(row.channel).toBe('call');
  });

  it('should refuse anonymous callers, wrong roles and bad input', async () => {
    expect((await test.app.inject({ method: 'POST', url: '/api/v1/reports', payload: call() })).statusCode).toBe(401);
    expect((await officer.request({ method: 'POST', url: '/api/v1/reports', payload: call() })).statusCode).toBe(403);
    const partner = await test.signIn(await test.addUser('AAA', ['partner']));
    expect((await partner.request({ method: 'POST', url: '/api/v1/reports', payload: call() })).statusCode).toBe(403);
    expect((await partner.request({ method: 'POST', url: '/api/v1/reports', payload: { ...call(), channel: 'partner' } })).statusCode).toBe(201);
    const bad = await handler.request({ method: 'POST', url: '/api/v1/reports', payload: call({ strands: ['weather'] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('report.strands.0');
  });
});

describe('GET /api/v1/reports/queue', () => {
  it('should put ungraded reports first, then by grade, and leave out concerns and closed cases', async () => {
    const graded = await newReport();
    await post(handler, `/api/v1/reports/${graded}/thrive`, thrive('emergency'));
    const ungraded = await newReport();
    await newReport({ kind: 'concern', strands: [] });
    const queue = (await supervisor.request({ method: 'GET', url: '/api/v1/reports/queue' })).json();
    const ids = queue.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(ungraded)).toBeLessThan(ids.indexOf(graded));
    expect(queue.items.every((i: { kind: string }) => i.kind !== 'concern')).toBe(true);
    expect(queue.grades.map((g: { code: string }) => g.code)).toContain('emergency');
    const item = queue.items.find((i: { id: string }) => i.id === graded);
    expect(item).toMatchObject({ grade: 'emergency', status: 'triaged' });
    expect(new Date(item.attendanceDueAt).getTime() - new Date(item.receivedAt).getTime()).toBe(15 * 60_000);
    expect(item.recordingDueAt).not.toBeNull();
    expect(item).not.toHaveProperty('description');
  });

  it('should order graded reports by the force’s grade order, oldest first within a grade', async () => {
    const made: [string, string][] = [];
    for (const grade of ['scheduled', 'priority', 'emergency', 'priority']) {
      const id = await newReport();
      await post(handler, `/api/v1/reports/${id}/thrive`, thrive(grade));
      made.push([grade, id]);
    }
    const ids: string[] = (await supervisor.request({ method: 'GET', url: '/api/v1/reports/queue' })).json().items.map((i: { id: string }) => i.id);
    const order = made.map(([, id]) => id).sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
    expect(order).toEqual([made[2]?.[1], made[1]?.[1], made[3]?.[1], made[0]?.[1]]);
  });

  it('should refuse roles without triage or assignment', async () => {
    expect((await officer.request({ method: 'GET', url: '/api/v1/reports/queue' })).statusCode).toBe(403);
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/reports/queue' })).statusCode).toBe(401);
  });
});

describe('handling a case', () => {
  it('should THRIVE, assign, refuse closing a hate crime without a crime number, then close with one', async () => {
    const id = await newReport();
    expect((await post(handler, `/api/v1/reports/${id}/thrive`, thrive())).statusCode).toBe(204);
    expect((await post(supervisor, `/api/v1/reports/${id}/assign`, { userId: officerId })).statusCode).toBe(204);
    expect((await post(officer, `/api/v1/reports/${id}/status`, { status: 'attended' })).statusCode).toBe(204);
    expect((await post(officer, `/api/v1/reports/${id}/contacts`, { method: 'visit', outcome: 'spoke_to_victim' })).statusCode).toBe(204);

    const early = await post(officer, `/api/v1/reports/${id}/close`, { reason: 'resolved' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'recording_decision_required' });

    const noNumber = await post(officer, `/api/v1/reports/${id}/recording-decision`, { decision: 'crime', rationale: 'public order offence, racially aggravated' });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().errors[0].field).toBe('crimeNumber');

    const badGroup = await post(officer, `/api/v1/reports/${id}/recording-decision`, { decision: 'crime', crimeNumber: '23/123456/26', offenceGroup: 'Hate', rationale: 'public order offence, racially aggravated' });
    expect(badGroup.json().errors[0].field).toBe('offenceGroup');
    expect(
      (await post(officer, `/api/v1/reports/${id}/recording-decision`, { decision: 'crime', crimeNumber: '23/123456/26', offenceGroup: 'Public order', rationale: 'public order offence, racially aggravated' })).statusCode,
    ).toBe(204);
    const stored = await test.database.db.selectFrom('reports').select('offence_group').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.offence_group).toBe('Public order');
    expect((await post(officer, `/api/v1/reports/${id}/close`, { reason: 'charged' })).statusCode).toBe(204);

    const detail = (await officer.request({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    expect(detail).toMatchObject({ status: 'closed', crimeNumber: '23/123456/26', recordingDecision: 'crime', closureReason: 'charged', grade: 'priority' });
    expect(detail.history.map((e: { kind: string }) => e.kind)).toEqual(['received', 'thrived', 'assigned', 'status_changed', 'victim_contacted', 'recording_decided', 'closed']);
    expect(detail.history.find((e: { kind: string }) => e.kind === 'recording_decided').details.withinLimit).toBe(true);
    expect(detail.thrive[0].elements.vulnerability.rating).toBe('high');
    expect(detail).not.toHaveProperty('contact');
    expect((await auditRows(test, 'report.closed'))[0]?.record_id).toBe(id);
  });

  it('should refuse closing a hate crime without a crime number at the database-backed service, whatever the route', async () => {
    const id = await newReport();
    await test.database.db.updateTable('reports').set({ recording_decision: 'crime', crime_number: null }).where('id', '=', id).execute();
    const refused = await post(supervisor, `/api/v1/reports/${id}/close`, { reason: 'resolved' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'crime_number_required', detail: 'a hate crime cannot be closed without a crime number' });
  });

  it('should keep every THRIVE when a report is re-THRIVEd', async () => {
    const id = await newReport();
    await post(handler, `/api/v1/reports/${id}/thrive`, thrive('scheduled'));
    await post(handler, `/api/v1/reports/${id}/thrive`, thrive('priority'));
    const detail = (await handler.request({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    expect(detail.thrive.map((t: { grade: string }) => t.grade)).toEqual(['priority', 'scheduled']);
    expect(detail.grade).toBe('priority');
  });

  it('should name an unknown grade and refuse an officer working a case not theirs', async () => {
    const id = await newReport();
    const bad = await post(handler, `/api/v1/reports/${id}/thrive`, thrive('whenever'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('grade');
    expect((await post(officer, `/api/v1/reports/${id}/notes`, { note: 'not mine' })).statusCode).toBe(403);
    expect((await post(officer, `/api/v1/reports/${id}/assign`, { userId: officerId })).statusCode).toBe(403);
  });

  it('should answer 404 to another force, for reading and for acting', async () => {
    const id = await newReport();
    await expectOtherForce404(test, ['supervisor'], { method: 'GET', url: `/api/v1/reports/${id}` });
    await expectOtherForce404(test, ['supervisor'], { method: 'POST', url: `/api/v1/reports/${id}/assign`, payload: { team: 'Response' } });
    await expectOtherForce404(test, ['call_handler'], { method: 'POST', url: `/api/v1/reports/${id}/thrive`, payload: thrive() });
  });
});

describe('GET /api/v1/reports/:id/contact', () => {
  it('should give the contact details to staff and audit every read', async () => {
    const id = await newReport();
    const response = await supervisor.request({ method: 'GET', url: `/api/v1/reports/${id}/contact` });
    expect(response.json()).toMatchObject({ name: 'Ayesha', phone: '07700 900123' });
    expect((await auditRows(test, 'report.contact_details_read'))[0]).toMatchObject({ record_id: id, actor_email: supervisor.email });
    await expectOtherForce404(test, ['supervisor'], { method: 'GET', url: `/api/v1/reports/${id}/contact` });
  });
});

describe('GET /api/v1/reports', () => {
  it('should find reports by words and filters, and page with a cursor', async () => {
    await newReport({ description: 'Graffiti sprayed on the gurdwara wall on Station Road overnight.', strands: ['religion'] });
    const found = (await supervisor.request({ method: 'GET', url: '/api/v1/reports?q=gurdwara%20graffiti&strand=religion' })).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0].summary).toContain('gurdwara');
    const first = (await supervisor.request({ method: 'GET', url: '/api/v1/reports?limit=2' })).json();
    expect(first.items).toHaveLength(2);
    const second = (await supervisor.request({ method: 'GET', url: `/api/v1/reports?limit=2&before=${first.nextBefore}` })).json();
    expect(second.items.map((i: { id: string }) => i.id)).not.toContain(first.items[0].id);
    expect((await supervisor.request({ method: 'GET', url: '/api/v1/reports?before=garbage' })).statusCode).toBe(400);
  });
});

describe('linking reports', () => {
  it('should suggest the same incident reported twice, link it, and unlink without deleting', async () => {
    const description = 'Graffiti on the wall of the Sikh gurdwara on Carlton Street, offensive words painted in red.';
    const a = await newReport({ description, location: { postcode: 'M16 0AA' }, strands: ['religion'] });
    const b = await newReport({ description: `${description} Seen this morning.`, location: { postcode: 'M16 0AA' }, strands: ['religion'], contact: { name: 'Raj', email: 'raj@example.org' } });
    const detail = (await supervisor.request({ method: 'GET', url: `/api/v1/reports/${b}` })).json();
    expect(detail.suggestions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'duplicate', other: expect.objectContaining({ id: a }) })]));
    const linked = await post(supervisor, `/api/v1/reports/${b}/links`, { otherReportId: a, kind: 'duplicate' });
    expect(linked.statusCode).toBe(201);
    const after = (await supervisor.request({ method: 'GET', url: `/api/v1/reports/${a}` })).json();
    expect(after.links[0]).toMatchObject({ kind: 'duplicate', other: { id: b } });
    expect(after.suggestions.some((s: { kind: string; other: { id: string } }) => s.kind === 'duplicate' && s.other.id === b)).toBe(false);
    const unlink = await supervisor.request({ method: 'DELETE', url: `/api/v1/reports/${a}/links/${linked.json().id}` });
    expect(unlink.statusCode).toBe(204);
    const kept = await test.database.db.selectFrom('report_links').select(['removed_at']).where('id', '=', linked.json().id).executeTakeFirstOrThrow();
    expect(kept.removed_at).not.toBeNull();
  });
});

describe('GET /api/v1/reports.csv and /api/v1/reports/mine', () => {
  it('should export the filtered list as CSV and audit the export', async () => {
    await newReport({ description: 'Swastika scratched into the door of the synagogue hall.', strands: ['religion'] });
    const response = await supervisor.request({ method: 'GET', url: '/api/v1/reports.csv?q=synagogue' });
    expect(response.statusCode).toBe(200);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('reference,kind,channel,status,strands,grade,receivedAt,attendanceDueAt,recordingDecision,area,assignedTo,team,language');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^AAA-HC-\d{4}-\d{6},hate_crime,call,new,religion,/);
    expect((await auditRows(test, 'report.exported'))[0]?.actor_email).toBe(supervisor.email);
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/reports.csv' })).statusCode).toBe(401);
  });

  it('should show a partner the status of the reports they submitted, and nothing else', async () => {
    const partner = await test.signIn(await test.addUser('AAA', ['partner']));
    const submitted = await partner.request({ method: 'POST', url: '/api/v1/reports', payload: { ...call({ organisation: 'Oak Road Neighbourhood Watch' }), channel: 'partner' } });
    expect(submitted.statusCode).toBe(201);
    const mine = (await partner.request({ method: 'GET', url: '/api/v1/reports/mine' })).json();
    expect(mine).toEqual([expect.objectContaining({ reference: submitted.json().reference, status: 'received' })]);
    expect(mine[0]).not.toHaveProperty('description');
    expect((await partner.request({ method: 'GET', url: `/api/v1/reports/${submitted.json().id}` })).statusCode).toBe(403);
    const row = await test.database.db.selectFrom('reports').select(['channel', 'partner_organisation']).where('id', '=', submitted.json().id).executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'partner', partner_organisation: 'Oak Road Neighbourhood Watch' });
  });
});

describe('POST /api/v1/reports/:id/recording-decision for a non-crime hate incident', () => {
  const decide = (id: string, nchiThreshold?: object) =>
    post(officer, `/api/v1/reports/${id}/recording-decision`, { decision: 'nchi', rationale: 'hostile remarks, no offence made out', nchiThreshold });

  it('should require the 2023 code’s threshold answers and refuse without intentional hostility', async () => {
    const id = await newReport({ kind: 'hate_incident' });
    await post(supervisor, `/api/v1/reports/${id}/assign`, { userId: officerId });
    expect((await decide(id)).json().errors[0].field).toBe('nchiThreshold');
    const grouped = await post(officer, `/api/v1/reports/${id}/recording-decision`, { decision: 'nchi', offenceGroup: 'Public order', rationale: 'hostile remarks', nchiThreshold: { intentionalHostility: true, significantHarmRisk: false, futureOffenceRisk: false } });
    expect(grouped.json().errors[0].field).toBe('offenceGroup');
    const noHostility = await decide(id, { intentionalHostility: false, significantHarmRisk: true, futureOffenceRisk: false });
    expect(noHostility.statusCode).toBe(400);
    expect(noHostility.json().errors[0].field).toBe('nchiThreshold.intentionalHostility');
    expect((await decide(id, { intentionalHostility: true, significantHarmRisk: false, futureOffenceRisk: false })).statusCode).toBe(204);
    const detail = (await officer.request({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    expect(detail.recordingDecision).toBe('nchi');
    expect(detail.history.at(-1).details).toMatchObject({ nchiPersonalDataAllowed: false });
  });
});

describe('a force that does not record non-crime hate incidents', () => {
  it('should refuse an NCHI decision, naming the setting', async () => {
    const force = await test.database.db.selectFrom('forces').select('id').where('code', '=', 'AAA').executeTakeFirstOrThrow();
    await test.database.db.insertInto('force_settings').values({ force_id: force.id, settings: JSON.stringify({ nchiRecording: false }) }).execute();
    try {
      const id = await newReport({ kind: 'hate_incident' });
      const response = await post(supervisor, `/api/v1/reports/${id}/recording-decision`, {
        decision: 'nchi',
        rationale: 'hostile remarks, no offence made out',
        nchiThreshold: { intentionalHostility: true, significantHarmRisk: true, futureOffenceRisk: false },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'decision', message: 'this force does not record non-crime hate incidents' });
    } finally {
      await test.database.db.deleteFrom('force_settings').where('force_id', '=', force.id).execute();
    }
  });
});

describe('GET /api/v1/reports.xlsx', () => {
  it('should give a workbook that reads back with the same rows as the CSV', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const response = await supervisor.request({ method: 'GET', url: '/api/v1/reports.xlsx?q=synagogue' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Reports');
    expect(sheet?.getRow(1).getCell(1).value).toBe('reference');
    expect(sheet?.rowCount).toBe(2);
    expect(String(sheet?.getRow(2).getCell(1).value)).toMatch(/^AAA-HC-/);
    expect(sheet?.getRow(2).getCell(7).value).toBeInstanceOf(Date);
  });
});
