import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/actor.ts';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';

let test: TestApp;

// A square policing area around Manchester city centre, for point-in-boundary resolution.
const areas = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'MCR', name: 'Manchester' },
      geometry: { type: 'Polygon', coordinates: [[[-2.3, 53.4], [-2.1, 53.4], [-2.1, 53.55], [-2.3, 53.55], [-2.3, 53.4]]] },
    },
  ],
});

const urdu = 'سکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر گالیاں دیں اور ہم پر تھوکا';

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'hate_crime',
  description: urdu,
  occurredAt: '2026-11-24T06:30:00Z',
  strands: ['religion', 'race'],
  perceivedReligion: 'muslim',
  location: { latitude: 53.48, longitude: -2.24, description: 'outside the school gate' },
  reporterRole: 'victim',
  anonymous: false,
  contact: { name: 'Ayesha', phone: '07700 900123', language: 'ur', needsInterpreter: true, notes: 'a female officer who speaks Urdu, please' },
  ...overrides,
});

const submit = (body: unknown, headers: Record<string, string> = {}) =>
  test.app.inject({ method: 'POST', url: '/api/v1/public/reports', payload: body as object, headers });

beforeAll(async () => {
  test = await createTestApp({ PUBLIC_FORCE: 'PUB' });
  await test.services.forces.addForce(systemActor('test'), { code: 'PUB', name: 'Public test force' });
  await test.services.areas.importBoundaries(systemActor('test'), {
    forceCode: 'PUB',
    level: 'policing_area',
    text: areas,
    fields: { codeProperty: 'code', nameProperty: 'name' },
  });
});
afterAll(() => test.close());

describe('POST /api/v1/public/reports', () => {
  it('should accept a report in Urdu with no account, detect its language, place it and keep contact details apart', async () => {
    const response = await submit(report());
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt.reference).toMatch(/^PUB-HC-\d{4}-\d{6}$/);
    expect(receipt.secret).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(receipt.statusUrl).toContain(encodeURIComponent(receipt.reference));
    const row = await test.database.db.selectFrom('reports').selectAll().where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'web', language: 'ur', language_detected: true, status: 'new', needs_interpreter: true });
    expect(row.strands).toEqual(['religion', 'race']);
    expect(row.area_id).not.toBeNull();
    expect(row.secret_hash).not.toContain(receipt.secret);
    const contact = await test.database.db.selectFrom('report_contacts').selectAll().where('report_id', '=', row.id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: 'Ayesha', phone: '07700 900123', needs_interpreter: true });
    const [audit] = await auditRows(test, 'report.received');
    expect(audit).toMatchObject({ record_id: row.id, actor_email: 'public:report', ip: '127.0.0.1' });
  });

  it('should number references in sequence within the force and year', async () => {
    const a = (await submit(report({ kind: 'concern', strands: [], perceivedReligion: undefined }))).json().reference as string;
    const b = (await submit(report({ kind: 'concern', strands: [], perceivedReligion: undefined }))).json().reference as string;
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
    expect(a).toMatch(/^PUB-CC-/);
  });

  it('should refuse unknown fields, naming them, and store nothing', async () => {
    const before = await test.database.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await submit(report({ favouriteColour: 'blue' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('favouriteColour');
    const after = await test.database.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('should name each rule a report breaks', async () => {
    const response = await submit(
      report({ strands: [], perceivedReligion: 'muslim', anonymous: false, contact: undefined, location: { postcode: 'NOT A POSTCODE' } }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['strands', 'perceivedReligion', 'contact', 'location.postcode']));
  });

  it('should accept an anonymous report and refuse contact details on one', async () => {
    expect((await submit(report({ anonymous: true, contact: undefined }))).statusCode).toBe(201);
    expect((await submit(report({ anonymous: true }))).statusCode).toBe(400);
  });

  it('should store one report for one Idempotency-Key and answer a retry with the same receipt', async () => {
    const headers = { 'idempotency-key': 'retry-after-lost-signal-1' };
    const first = await submit(report(), headers);
    const again = await submit(report(), headers);
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const rows = await test.database.db.selectFrom('reports').select('id').where('reference', '=', first.json().reference).execute();
    expect(rows).toHaveLength(1);
    const different = await submit(report({ description: 'Something else entirely happened here today.' }), headers);
    expect(different.statusCode).toBe(409);
  });

  it('should refuse a body over 64 KB with 413', async () => {
    const response = await submit(report({ description: 'x'.repeat(70 * 1024) }));
    expect(response.statusCode).toBe(413);
  });
});

describe('GET /api/v1/public/reports/:reference', () => {
  it('should show the reporter the status, given the secret however it is typed', async () => {
    const receipt = (await submit(report())).json();
    const typed = receipt.secret.replaceAll('-', '').toLowerCase();
    const response = await test.app.inject({
      method: 'GET',
      url: `/api/v1/public/reports/${receipt.reference}`,
      headers: { 'x-report-secret': typed },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      reference: receipt.reference,
      kind: 'hate_crime',
      status: 'received',
      receivedAt: expect.any(String),
      updatedAt: expect.any(String),
      crimeNumber: null,
    });
  });

  it('should answer 404 for a wrong secret, exactly as for an unknown reference', async () => {
    const receipt = (await submit(report())).json();
    const wrong = await test.app.inject({ method: 'GET', url: `/api/v1/public/reports/${receipt.reference}`, headers: { 'x-report-secret': 'AAAA-BBBB-CCCC-DDDD' } });
    const unknown = await test.app.inject({ method: 'GET', url: '/api/v1/public/reports/PUB-HC-2026-999999', headers: { 'x-report-secret': receipt.secret } });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('should name a malformed reference and a missing secret', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/public/reports/nonsense' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields.join(' ')).toMatch(/reference|x-report-secret/);
  });
});

describe('public rate limit', () => {
  it('should answer 429 past the configured number of reports a minute from one address', async () => {
    const strict = await createTestApp({ PUBLIC_FORCE: 'PUB', PUBLIC_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      await strict.services.forces.addForce(systemActor('test'), { code: 'PUB', name: 'Public test force' });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await strict.app.inject({ method: 'POST', url: '/api/v1/public/reports', payload: report({ anonymous: true, contact: undefined }) })).statusCode);
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await strict.close();
    }
  });

  it('should answer 503 when no force takes public reports', async () => {
    const bare = await createTestApp();
    try {
      const response = await bare.app.inject({ method: 'POST', url: '/api/v1/public/reports', payload: report() });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'service_unavailable' });
    } finally {
      await bare.close();
    }
  });
});
