import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addTwoAreas } from '../test/tension-fixture.ts';

let test: TestApp;
let commander: SignedInClient;
let hco: SignedInClient;
let analyst: SignedInClient;
let handler: SignedInClient;
let areas: { north: string; south: string };
let communityId: string;

beforeAll(async () => {
  test = await createTestApp();
  commander = await test.signIn(await test.addUser('TEN', ['npa_commander']));
  hco = await test.signIn(await test.addUser('TEN', ['hate_crime_officer']));
  analyst = await test.signIn(await test.addUser('TEN', ['analyst']));
  handler = await test.signIn(await test.addUser('TEN', ['call_handler']));
  areas = await addTwoAreas(test, 'TEN');
});
afterAll(() => test.close());

const community = (name: string, areaId: string | null) => ({ name, kind: 'faith', areaId, description: 'Two mosques and a madrasa.' });

describe('communities', () => {
  it('should let a commander record a community and refuse the others', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/tension/communities' })).statusCode).toBe(401);
    expect((await handler.request({ method: 'GET', url: '/api/v1/tension/communities' })).statusCode).toBe(403);
    expect((await analyst.request({ method: 'POST', url: '/api/v1/tension/communities', payload: community('Muslim community', areas.north) })).statusCode).toBe(403);
    const created = await commander.request({ method: 'POST', url: '/api/v1/tension/communities', payload: community('Muslim community', areas.north) });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Muslim community', areaName: 'North East', kind: 'faith' });
    communityId = created.json().id;
    const again = await commander.request({ method: 'POST', url: '/api/v1/tension/communities', payload: community('muslim community', areas.north) });
    expect(again.statusCode).toBe(409);
    expect((await analyst.request({ method: 'GET', url: '/api/v1/tension/communities' })).json()).toHaveLength(1);
  });

  it('should name bad fields, and refuse another force’s area', async () => {
    const bad = await commander.request({ method: 'POST', url: '/api/v1/tension/communities', payload: { name: '', kind: 'sect', areaId: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'name']);
    const stranger = await test.outsider(['npa_commander']);
    const foreign = await stranger.request({ method: 'POST', url: '/api/v1/tension/communities', payload: community('Jewish community', areas.north) });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('areaId');
    expect((await stranger.request({ method: 'GET', url: '/api/v1/tension/communities' })).json()).toEqual([]);
  });
});

describe('key individuals', () => {
  const url = () => `/api/v1/tension/communities/${communityId}/key-individuals`;
  const imam = { name: 'Imam Yusuf Patel', role: 'Imam, North East mosque', phone: '0161 496 0000', email: 'imam@example.org', languages: ['Urdu', 'English'] };

  it('should keep the network to the roles that need it and audit every read', async () => {
    expect((await analyst.request({ method: 'GET', url: url() })).statusCode).toBe(403);
    expect((await analyst.request({ method: 'POST', url: url(), payload: imam })).statusCode).toBe(403);
    const added = await commander.request({ method: 'POST', url: url(), payload: imam });
    expect(added.statusCode, added.body).toBe(201);
    const before = (await auditRows(test, 'key_individual.list_read')).length;
    const read = await hco.request({ method: 'GET', url: url() });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual([expect.objectContaining({ name: 'Imam Yusuf Patel', languages: ['Urdu', 'English'] })]);
    const audit = await auditRows(test, 'key_individual.list_read');
    expect(audit.length).toBe(before + 1);
    expect(audit[0]).toMatchObject({ record_id: communityId, actor_email: hco.email });
    expect(JSON.stringify(audit[0]?.details)).not.toContain('Yusuf');
  });

  it('should refuse a bad email and another force', async () => {
    const bad = await commander.request({ method: 'POST', url: url(), payload: { ...imam, email: 'not an email' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('email');
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: url() });
    await expectOtherForce404(test, ['npa_commander'], { method: 'POST', url: url(), payload: imam });
  });
});

const assessment = (over: Record<string, unknown> = {}) => ({
  areaId: areas.north,
  level: 'raised',
  trend: 'stable',
  summary: 'A rumour of a march is frightening residents of two streets.',
  evidence: [{ category: 'experienced', description: 'Residents afraid to go to the mosque tonight', source: 'Neighbourhood Watch', reliability: 'usually_reliable', observedOn: '2026-11-23' }],
  keyTriggers: ['Friday prayers'],
  actions: [{ description: 'Visit the mosque committee', owner: 'PC Shah' }],
  partnersInformed: ['Council community safety'],
  ...over,
});

describe('tension assessments', () => {
  let first: string;

  it('should record a first assessment on the force’s scale, and refuse readers and bad input', async () => {
    expect((await analyst.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment() })).statusCode).toBe(403);
    const badLevel = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment({ level: 'amber' }) });
    expect(badLevel.statusCode).toBe(400);
    expect(badLevel.json().errors[0]).toMatchObject({ field: 'level', message: expect.stringContaining('very_high') });
    const badEvidence = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment({ evidence: [{ category: 'felt' }] }) });
    expect(badEvidence.statusCode).toBe(400);
    expect(badEvidence.json().errors.map((e: { field: string }) => e.field)).toContain('evidence.0.category');
    const created = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment() });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ levelLabel: 'Raised', levelRank: 1, areaName: 'North East', supersedes: null, reviewOverdue: false });
    // The default review interval is the force's routine one: a week.
    expect(new Date(body.nextReviewAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(body.changes.evidenceAdded).toEqual(['experienced: Residents afraid to go to the mosque tonight']);
    first = body.id;
  });

  it('should refuse a second first assessment, and a stale supersede', async () => {
    const twice = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment() });
    expect(twice.statusCode).toBe(409);
    const stale = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment({ supersedes: '00000000-0000-4000-8000-000000000000' }) });
    expect(stale.statusCode).toBe(409);
  });

  it('should supersede the current assessment and say what changed', async () => {
    const next = await commander.request({
      method: 'POST',
      url: '/api/v1/tension/assessments',
      payload: assessment({ level: 'high', trend: 'rising', supersedes: first, evidence: [...assessment().evidence, { category: 'potential', description: 'Vigil on Sunday', source: 'Council', reliability: 'reliable', observedOn: '2026-11-23' }] }),
    });
    expect(next.statusCode, next.body).toBe(201);
    const body = next.json();
    expect(body.changes.fields).toEqual(expect.arrayContaining([{ field: 'level', before: 'Raised', after: 'High' }, { field: 'trend', before: 'stable', after: 'rising' }]));
    expect(body.changes.evidenceAdded).toEqual(['potential: Vigil on Sunday']);
    const current = (await analyst.request({ method: 'GET', url: '/api/v1/tension/assessments' })).json();
    expect(current.items.map((a: { id: string }) => a.id)).toEqual([body.id]);
    expect(current.scale).toHaveLength(5);
    const history = (await analyst.request({ method: 'GET', url: '/api/v1/tension/assessments?history=true' })).json();
    expect(history.items.find((a: { id: string }) => a.id === first).supersededBy).toBe(body.id);
    // The one superseded can no longer be superseded again: the second author is told.
    const late = await commander.request({ method: 'POST', url: '/api/v1/tension/assessments', payload: assessment({ supersedes: first }) });
    expect(late.statusCode).toBe(409);
    expect((await auditRows(test, 'tension_assessment.recorded')).length).toBe(2);
  });

  it('should not cite another force’s report as evidence, nor show an assessment to it', async () => {
    const stranger = await test.outsider(['npa_commander', 'call_handler']);
    const report = { kind: 'hate_crime', description: 'A report in another force, long enough to be accepted.', occurredAt: '2026-11-22T10:00:00Z', strands: ['race'], location: { description: 'there' }, reporterRole: 'victim', anonymous: true };
    const foreignReport = (await stranger.request({ method: 'POST', url: '/api/v1/reports', payload: { channel: 'call', report } })).json().id;
    const current = (await commander.request({ method: 'GET', url: '/api/v1/tension/assessments' })).json().items[0];
    const cited = await commander.request({
      method: 'POST',
      url: '/api/v1/tension/assessments',
      payload: assessment({ supersedes: current.id, evidence: [{ category: 'evidenced', description: 'x', source: 'y', reliability: 'reliable', observedOn: '2026-11-23', reportId: foreignReport }] }),
    });
    expect(cited.statusCode).toBe(400);
    expect(cited.json().errors[0].field).toBe('evidence.0.reportId');
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: `/api/v1/tension/assessments/${current.id}` });
    expect((await stranger.request({ method: 'GET', url: '/api/v1/tension/assessments' })).json().items).toEqual([]);
  });
});

describe('the tension picture', () => {
  it('should colour each area by its highest current level, with a drawable boundary', async () => {
    expect((await handler.request({ method: 'GET', url: '/api/v1/tension/map' })).statusCode).toBe(403);
    const map = (await analyst.request({ method: 'GET', url: '/api/v1/tension/map' })).json();
    const north = map.areas.find((a: { id: string }) => a.id === areas.north);
    const south = map.areas.find((a: { id: string }) => a.id === areas.south);
    expect(north).toMatchObject({ level: 'high', levelLabel: 'High', colour: '#fd8d3c', trend: 'rising', openSignals: 0 });
    expect(north.geometry.type).toBe('Polygon');
    expect(south).toMatchObject({ level: null, colour: null });
  });

  it('should put the area’s reports and assessments on its timeline, newest first', async () => {
    const report = { kind: 'concern', description: 'Residents are afraid of a rumoured march past the mosque tonight.', occurredAt: new Date().toISOString(), strands: [], location: { latitude: 51.05, longitude: -1.95 }, reporterRole: 'organisation', organisation: 'Neighbourhood Watch', anonymous: true };
    const partner = await test.signIn(await test.addUser('TEN', ['partner']));
    expect((await partner.request({ method: 'POST', url: '/api/v1/reports', payload: { channel: 'partner', report } })).statusCode).toBe(201);
    const timeline = (await analyst.request({ method: 'GET', url: `/api/v1/tension/areas/${areas.north}/timeline` })).json();
    expect(timeline.areaName).toBe('North East');
    expect(timeline.items.map((i: { kind: string }) => i.kind)).toEqual(['report', 'assessment', 'assessment']);
    expect(timeline.items[1].title).toContain('High, rising');
    await expectOtherForce404(test, ['analyst'], { method: 'GET', url: `/api/v1/tension/areas/${areas.north}/timeline` });
    const bad = await analyst.request({ method: 'GET', url: `/api/v1/tension/areas/${areas.north}/timeline?days=0` });
    expect(bad.json().errors[0].field).toBe('days');
  });

  it('should offer partner concerns as Experienced evidence to an assessor, and audit the excerpts read', async () => {
    expect((await analyst.request({ method: 'GET', url: `/api/v1/tension/evidence-suggestions?areaId=${areas.north}` })).statusCode).toBe(403);
    const suggestions = (await commander.request({ method: 'GET', url: `/api/v1/tension/evidence-suggestions?areaId=${areas.north}` })).json();
    expect(suggestions.reports).toEqual([expect.objectContaining({ kind: 'concern', channel: 'partner', suggestedCategory: 'experienced', excerpt: expect.stringContaining('rumoured march') })]);
    expect((await auditRows(test, 'report.excerpts_read'))[0]).toMatchObject({ record_id: areas.north, actor_email: commander.email });
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: `/api/v1/tension/evidence-suggestions?areaId=${areas.north}` });
  });
});
