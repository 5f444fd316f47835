import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../formats/pdf-text.ts';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';
import { addTwoAreas } from '../test/tension-fixture.ts';

let test: TestApp;
let commander: SignedInClient;
let gold: SignedInClient;
let comms: SignedInClient;
let areas: { north: string; south: string };

beforeAll(async () => {
  test = await createTestApp();
  commander = await test.signIn(await test.addUser('CIA', ['npa_commander']));
  gold = await test.signIn(await test.addUser('CIA', ['gold']));
  comms = await test.signIn(await test.addUser('CIA', ['comms']));
  areas = await addTwoAreas(test, 'CIA');
});
afterAll(() => test.close());

const cia = (over: Record<string, unknown> = {}) => ({
  title: 'Operation Reassure: attack at a concert venue elsewhere in the UK',
  trigger: 'operation',
  reference: 'Op Reassure',
  commissionedBy: 'ACC Morgan (gold)',
  summary: 'A terrorist attack at a concert venue in another city at 22:31 on day 0. No local incident yet.',
  areaIds: [areas.north],
  communitiesAffected: 'Muslim communities of the north-east; Jewish community; LGBT venues in the city centre.',
  impactAssessment: 'Fear of reprisals; reduced attendance at Friday prayers likely.',
  risks: [{ description: 'Reprisal attacks on mosques', likelihood: 'medium', impact: 'high' }],
  mitigations: [{ description: 'High-visibility patrols at all mosques at Friday prayers', owner: 'Insp Khan', dueAt: '2026-11-27T12:00:00Z' }],
  communicationStrategy: 'Reassurance message tonight in English, Urdu, Arabic and Polish.',
  equalityConsiderations: 'Patrol presence must not feel like surveillance of worshippers.',
  reviewFrequency: 'Daily at 07:00 while the operation runs',
  nextReviewAt: '2026-11-24T07:00:00Z',
  ...over,
});

describe('Community Impact Assessments', () => {
  let id: string;

  it('should open version 1, refusing readers, bad input and another force’s areas', async () => {
    expect((await test.app.inject({ method: 'POST', url: '/api/v1/tension/cias', payload: cia() })).statusCode).toBe(401);
    expect((await comms.request({ method: 'POST', url: '/api/v1/tension/cias', payload: cia() })).statusCode).toBe(403);
    const bad = await commander.request({ method: 'POST', url: '/api/v1/tension/cias', payload: cia({ trigger: 'riot', risks: [{ description: 'x', likelihood: 'huge', impact: 'high' }] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['risks.0.likelihood', 'trigger']);
    const stranger = await test.outsider(['npa_commander']);
    const foreign = await stranger.request({ method: 'POST', url: '/api/v1/tension/cias', payload: cia() });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('areaIds.0');
    const created = await commander.request({ method: 'POST', url: '/api/v1/tension/cias', payload: cia() });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, status: 'draft', versions: [expect.objectContaining({ version: 1 })] });
    id = created.json().id;
  });

  it('should save each edit as a new version and refuse an edit of a stale one', async () => {
    const url = `/api/v1/tension/cias/${id}`;
    const missing = await commander.request({ method: 'PUT', url, payload: cia() });
    expect(missing.json().errors[0].field).toBe('basedOnVersion');
    const v2 = await commander.request({ method: 'PUT', url, payload: cia({ basedOnVersion: 1, impactAssessment: 'Signal: religion-motivated reports three times the expected count.' }) });
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json().version).toBe(2);
    const stale = await commander.request({ method: 'PUT', url, payload: cia({ basedOnVersion: 1 }) });
    expect(stale.statusCode).toBe(409);
    const first = (await comms.request({ method: 'GET', url: `${url}?version=1` })).json();
    expect(first.impactAssessment).toBe('Fear of reprisals; reduced attendance at Friday prayers likely.');
    expect((await comms.request({ method: 'GET', url: `${url}?version=9` })).statusCode).toBe(404);
    expect((await comms.request({ method: 'GET', url: '/api/v1/tension/cias' })).json()).toEqual([expect.objectContaining({ id, version: 2, status: 'draft' })]);
  });

  it('should be signed off by a commander only, once, and only at the latest version', async () => {
    const url = `/api/v1/tension/cias/${id}/sign-off`;
    expect((await comms.request({ method: 'POST', url, payload: { version: 2 } })).statusCode).toBe(403);
    expect((await gold.request({ method: 'POST', url, payload: { version: 1 } })).statusCode).toBe(409);
    const signed = await gold.request({ method: 'POST', url, payload: { version: 2 } });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed_off', signedOffBy: expect.stringContaining('gold') });
    expect((await gold.request({ method: 'POST', url, payload: { version: 2 } })).statusCode).toBe(409);
    expect((await auditRows(test, 'cia.signed_off'))[0]?.record_id).toBe(id);
    // Editing a signed-off CIA makes a new draft; the signed version stays as it was.
    const v3 = (await commander.request({ method: 'PUT', url: `/api/v1/tension/cias/${id}`, payload: cia({ basedOnVersion: 2 }) })).json();
    expect(v3).toMatchObject({ version: 3, status: 'draft' });
    expect(v3.versions.find((v: { version: number }) => v.version === 2).signedOffBy).toContain('gold');
  });

  it('should print a version as a PDF with its ten sections, marked OFFICIAL-SENSITIVE', async () => {
    const response = await comms.request({ method: 'GET', url: `/api/v1/tension/cias/${id}/pdf?version=2` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('-v2.pdf');
    const { text: raw, pages } = await pdfText(response.rawPayload);
    // Long lines wrap in the PDF: compare words, not line breaks.
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Community Impact Assessment: Operation Reassure');
    for (const heading of ['1. Summary', '2. Communities affected', '6. Risks', '7. Mitigation', '9. Equality', '10. Review']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Reprisal attacks on mosques');
    expect(text).toContain('North East');
    expect(text).toContain('three times the expected count');
    expect(pages.every((page) => page.includes('OFFICIAL-SENSITIVE'))).toBe(true);
    expect((await auditRows(test, 'cia.exported'))[0]?.actor_email).toBe(comms.email);
  });

  it('should be invisible to another force', async () => {
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: `/api/v1/tension/cias/${id}` });
    await expectOtherForce404(test, ['npa_commander'], { method: 'GET', url: `/api/v1/tension/cias/${id}/pdf` });
    await expectOtherForce404(test, ['npa_commander'], { method: 'PUT', url: `/api/v1/tension/cias/${id}`, payload: cia({ areaIds: [], basedOnVersion: 3 }) });
    await expectOtherForce404(test, ['gold'], { method: 'POST', url: `/api/v1/tension/cias/${id}/sign-off`, payload: { version: 3 } });
  });
});
