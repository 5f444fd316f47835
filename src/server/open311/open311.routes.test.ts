import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/actor.ts';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';
import { createScratchDatabase, type ScratchDatabase } from '../test/scratch-database.ts';

let test: TestApp;
let tellMama: { id: string; key: string };
let otherOrganisation: { key: string };
let otherForce: { key: string };

const admin = systemActor('test');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A form body as a partner app sends it; arrays become repeated keys (attribute[strands][]=…). */
function form(fields: Record<string, string | string[] | undefined>): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      body.append(name, v);
    }
  }
  return body.toString();
}

const request = (overrides: Record<string, string | string[] | undefined> = {}) => ({
  api_key: tellMama.key,
  service_code: 'hate_crime',
  lat: '53.4794',
  long: '-2.2453',
  address_string: 'Bus stop outside the library, Oldham Road, Manchester M4 5BA',
  description: 'Two men shouted religious abuse at a woman wearing a headscarf and pulled at it.',
  'attribute[strands][]': ['religion', 'race'],
  'attribute[perceived_religion]': 'muslim',
  'attribute[occurred_at]': '2026-11-24T17:45:00Z',
  ...overrides,
});

const submit = (fields: Record<string, string | string[] | undefined>) =>
  test.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: FORM, payload: form(fields) });

const reportRow = (reference: string) =>
  test.database.db.selectFrom('reports').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

/** GeoReport errors: an array of {code, description}, code matching the HTTP status. */
function expectErrors(response: { statusCode: number; json(): unknown; headers: Record<string, unknown> }, status: number, mentions?: string) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/json');
  const body = response.json() as { code: number; description: string }[];
  expect(Array.isArray(body)).toBe(true);
  expect(body.every((e) => e.code === status && typeof e.description === 'string')).toBe(true);
  if (mentions) {
    expect(body.map((e) => e.description).join(' | ')).toContain(mentions);
  }
  return body;
}

beforeAll(async () => {
  test = await createTestApp();
  await test.services.forces.addForce(admin, { code: 'GMP', name: 'Open311 test force' });
  await test.services.forces.addForce(admin, { code: 'WYP', name: 'Another force' });
  tellMama = await test.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Tell MAMA' });
  otherOrganisation = await test.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Community Security Trust' });
  otherForce = await test.services.open311Keys.issueKey(admin, { forceCode: 'WYP', organisation: 'Tell MAMA' });
});
afterAll(() => test.close());

describe('GET /open311/v2/services.json and services/{code}.json', () => {
  it('should list the three services with the fields GeoReport asks for, without an api_key', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(response.statusCode).toBe(200);
    const services = response.json() as Record<string, unknown>[];
    expect(services.map((s) => s['service_code'])).toEqual(['hate_crime', 'hate_incident', 'concern']);
    for (const service of services) {
      expect(service).toEqual({
        service_code: expect.any(String),
        service_name: expect.any(String),
        description: expect.any(String),
        metadata: true,
        type: 'realtime',
        keywords: expect.any(String),
        group: expect.any(String),
      });
    }
  });

  it('should define the attributes: strands as a multivaluelist, religion and online as singlevaluelists', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/open311/v2/services/hate_crime.json' });
    expect(response.statusCode).toBe(200);
    const definition = response.json() as { service_code: string; attributes: Record<string, unknown>[] };
    expect(definition.service_code).toBe('hate_crime');
    const byCode = new Map(definition.attributes.map((a) => [a['code'], a]));
    expect(byCode.get('strands')).toMatchObject({ variable: true, datatype: 'multivaluelist', required: true });
    expect((byCode.get('strands')?.['values'] as { key: string }[]).map((v) => v.key)).toEqual([
      'race', 'religion', 'sexual_orientation', 'disability', 'transgender', 'other',
    ]);
    expect(byCode.get('perceived_religion')).toMatchObject({ datatype: 'singlevaluelist', required: false });
    expect(byCode.get('online')).toMatchObject({ datatype: 'singlevaluelist', values: [{ key: 'true', name: 'Yes' }, { key: 'false', name: 'No' }] });
    expect(byCode.get('occurred_at')).toMatchObject({ datatype: 'datetime', required: true });
    for (const attribute of definition.attributes) {
      expect(Object.keys(attribute).sort()).toEqual(['code', 'datatype', 'datatype_description', 'description', 'order', 'required', 'values', 'variable']);
    }
    const orders = definition.attributes.map((a) => a['order']);
    expect(new Set(orders).size).toBe(orders.length);
    const concern = (await test.app.inject({ method: 'GET', url: '/open311/v2/services/concern.json' })).json();
    expect(concern.attributes.find((a: { code: string }) => a.code === 'strands').required).toBe(false);
  });

  it('should answer 404 in GeoReport form for an unknown service, and for an unknown endpoint', async () => {
    expectErrors(await test.app.inject({ method: 'GET', url: '/open311/v2/services/parking.json' }), 404, 'service_code parking');
    expectErrors(await test.app.inject({ method: 'GET', url: '/open311/v2/services.xml' }), 404, 'only the JSON format');
  });
});

describe('POST /open311/v2/requests.json', () => {
  it('should turn a form-encoded request into a report with channel open311, the strands and religion from attributes', async () => {
    const response = await submit(request());
    expect(response.statusCode, response.body).toBe(201);
    const [receipt] = response.json();
    expect(receipt).toEqual({ service_request_id: expect.stringMatching(/^GMP-HC-\d{4}-\d{6}$/), service_notice: expect.any(String), token: null, account_id: null });
    const row = await reportRow(receipt.service_request_id);
    expect(row).toMatchObject({
      channel: 'open311',
      kind: 'hate_crime',
      perceived_religion: 'muslim',
      partner_organisation: 'Tell MAMA',
      organisation: 'Tell MAMA',
      reporter_role: 'organisation',
      anonymous: true,
      location_postcode: 'M4 5BA',
      location_description: 'Bus stop outside the library, Oldham Road, Manchester M4 5BA',
    });
    expect(row.strands).toEqual(['religion', 'race']);
    expect(row.occurred_at.toISOString()).toBe('2026-11-24T17:45:00.000Z');
    const contacts = await test.database.db.selectFrom('report_contacts').select('report_id').where('report_id', '=', row.id).execute();
    expect(contacts).toHaveLength(0);
    const [audit] = await auditRows(test, 'report.received');
    expect(audit).toMatchObject({ record_id: row.id, actor_email: `open311:Tell MAMA (key ${tellMama.id})`, ip: '127.0.0.1' });
    expect(audit?.details).toMatchObject({ channel: 'open311' });
  });

  it('should keep contact details apart when a name and an email are given, and take the reporter role from attributes', async () => {
    const response = await submit(
      request({ first_name: 'Amina', last_name: 'Begum', email: 'amina@example.org', 'attribute[reporter_role]': 'victim', 'attribute[needs_interpreter]': 'true' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const row = await reportRow(response.json()[0].service_request_id);
    expect(row).toMatchObject({ anonymous: false, reporter_role: 'victim', needs_interpreter: true });
    const contact = await test.database.db.selectFrom('report_contacts').selectAll().where('report_id', '=', row.id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: 'Amina Begum', email: 'amina@example.org', needs_interpreter: true });
  });

  it('should accept an online incident without a place', async () => {
    const response = await submit(
      request({ lat: undefined, long: undefined, address_string: undefined, 'attribute[online]': 'true', 'attribute[online_platform]': 'a local Facebook group' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(await reportRow(response.json()[0].service_request_id)).toMatchObject({ online: true, online_platform: 'a local Facebook group', location_latitude: null });
  });

  it('should refuse a missing, unknown or revoked api_key with 403 and store nothing', async () => {
    const count = async () => Number((await test.database.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expectErrors(await submit(request({ api_key: undefined })), 403, 'api_key is required');
    expectErrors(await submit(request({ api_key: 'c311_not-a-real-key' })), 403, 'api_key is not valid');
    const revoked = await test.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Old partner' });
    await test.services.open311Keys.revokeKey(admin, revoked.id);
    expectErrors(await submit(request({ api_key: revoked.key })), 403, 'api_key is not valid');
    expect(await count()).toBe(before);
    const [used] = await auditRows(test, 'open311.revoked_key_used');
    expect(used).toMatchObject({ record_id: revoked.id, ip: '127.0.0.1' });
  });

  it('should answer 404 for an unknown service_code', async () => {
    expectErrors(await submit(request({ service_code: 'pothole' })), 404, 'service_code pothole not found');
  });

  it('should answer 400 naming each attribute or field at fault', async () => {
    const body = expectErrors(await submit(request({ 'attribute[strands][]': ['religion', 'weather'] })), 400);
    expect(body[0]?.description).toMatch(/^attribute\[strands\]: "weather" is not one of race, religion/);
    expectErrors(await submit(request({ 'attribute[strands][]': ['race'] })), 400, 'attribute[perceived_religion]: only when religion is one of the reasons');
    expectErrors(await submit(request({ 'attribute[mood]': 'angry' })), 400, 'attribute[mood]: is not an attribute of service hate_crime');
    expectErrors(await submit(request({ 'attribute[occurred_at]': 'last Tuesday' })), 400, 'attribute[occurred_at]');
    expectErrors(await submit(request({ lat: 'north' })), 400, 'lat: is not a number');
    expectErrors(await submit(request({ colour: 'blue' })), 400, 'colour: is not a GeoReport v2 field');
    expectErrors(await submit(request({ email: 'amina@example.org' })), 400, 'first_name: give the reporter');
    expectErrors(await submit(request({ lat: undefined, long: undefined, address_string: undefined })), 400, 'address_string: give lat and long');
  });

  it('should refuse a body over 64 KB with 413, and a body that is not a form with 415, in GeoReport form', async () => {
    expectErrors(await submit(request({ description: 'x'.repeat(70 * 1024) })), 413);
    const json = await test.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: request() });
    expectErrors(json, 415);
  });
});

describe('GET /open311/v2/requests/{id}.json and requests.json', () => {
  let reference: string;
  beforeAll(async () => {
    const response = await submit(request({ first_name: 'Amina', email: 'amina@example.org' }));
    reference = response.json()[0].service_request_id;
  });

  it('should show its status as open, with no description or personal details', async () => {
    const response = await test.app.inject({ method: 'GET', url: `/open311/v2/requests/${reference}.json?api_key=${tellMama.key}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual([
      {
        service_request_id: reference,
        status: 'open',
        status_notes: 'Received; waiting to be assessed.',
        service_name: 'Hate crime',
        service_code: 'hate_crime',
        requested_datetime: expect.any(String),
        updated_datetime: expect.any(String),
        address: 'Bus stop outside the library, Oldham Road, Manchester M4 5BA',
        lat: 53.4794,
        long: -2.2453,
      },
    ]);
    expect(response.body).not.toMatch(/Amina|amina@|headscarf/);
  });

  it('should refuse a look-up without a key (403), and hide it from another force and another organisation (404)', async () => {
    expectErrors(await test.app.inject({ method: 'GET', url: `/open311/v2/requests/${reference}.json` }), 403);
    for (const key of [otherForce.key, otherOrganisation.key]) {
      expectErrors(await test.app.inject({ method: 'GET', url: `/open311/v2/requests/${reference}.json?api_key=${key}` }), 404, `service_request_id ${reference} not found`);
    }
    const listed = await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${otherForce.key}` });
    expect(listed.json()).toEqual([]);
  });

  it('should list the organisation’s requests with filters, requiring a key', async () => {
    expectErrors(await test.app.inject({ method: 'GET', url: '/open311/v2/requests.json' }), 403);
    const all = (await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${tellMama.key}` })).json() as { service_request_id: string }[];
    expect(all.map((r) => r.service_request_id)).toContain(reference);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const byId = await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${tellMama.key}&service_request_id=${reference},GMP-HC-1999-000001` });
    expect(byId.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([reference]);
    const closed = await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${tellMama.key}&status=closed` });
    expect(closed.json()).toEqual([]);
    const incidents = await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${tellMama.key}&service_code=hate_incident,concern` });
    expect(incidents.json()).toEqual([]);
    const past = await test.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${tellMama.key}&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z` });
    expect(past.json()).toEqual([]);
  });

  it('should refuse bad filters, naming them', async () => {
    const url = (q: string) => `/open311/v2/requests.json?api_key=${tellMama.key}&${q}`;
    expectErrors(await test.app.inject({ method: 'GET', url: url('status=pending') }), 400, 'status: "pending" is not open or closed');
    expectErrors(await test.app.inject({ method: 'GET', url: url('start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z') }), 400, 'end_date: the range may not span more than 90 days');
    expectErrors(await test.app.inject({ method: 'GET', url: url('start_date=yesterday') }), 400, 'start_date');
  });
});

describe('Open311 keys', () => {
  it('should store only the SHA-256 of a key, and audit issue and revocation', async () => {
    const issued = await test.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Stop Hate UK' });
    expect(issued.key).toMatch(/^c311_[A-Za-z0-9_-]{43}$/);
    const row = await test.database.db.selectFrom('open311_keys').selectAll().where('id', '=', issued.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(issued.key).digest('hex'));
    expect(JSON.stringify(await test.services.open311Keys.listKeys(admin, 'GMP'))).not.toContain(issued.key);
    const [issue] = await auditRows(test, 'open311.key_issued');
    expect(issue).toMatchObject({ record_id: issued.id, actor_email: 'test', details: { organisation: 'Stop Hate UK' } });
    await test.services.open311Keys.revokeKey(admin, issued.id);
    const [revoke] = await auditRows(test, 'open311.key_revoked');
    expect(revoke).toMatchObject({ record_id: issued.id });
    await expect(test.services.open311Keys.revokeKey(admin, issued.id)).rejects.toMatchObject({ status: 409 });
    await expect(test.services.open311Keys.issueKey(admin, { forceCode: 'NOPE', organisation: 'X' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('form bodies elsewhere', () => {
  it('should still refuse a form-encoded body on the staff login route (415)', async () => {
    const response = await test.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: FORM, payload: 'email=a%40b.example&password=x' });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });
});

describe('Open311 rate limit', () => {
  it('should answer 429 past the configured number of requests a minute from one key', async () => {
    const strict = await createTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      await strict.services.forces.addForce(admin, { code: 'GMP', name: 'Open311 test force' });
      const { key } = await strict.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Tell MAMA' });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await strict.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${key}` })).statusCode);
      }
      expect(statuses).toEqual([200, 200, 429]);
      const { key: second } = await strict.services.open311Keys.issueKey(admin, { forceCode: 'GMP', organisation: 'Another partner' });
      expect((await strict.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${second}` })).statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('cohesion open311 key (CLI)', () => {
  let dir: string;
  let scratch: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/cohesion.mjs', ...args], { env, encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cohesion-open311-'));
    const server = process.env['DATABASE_URL'];
    scratch = server ? await createScratchDatabase(server, 'test') : undefined;
    env = { ...process.env, COHESION_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'silent' };
    expect(cli('force', 'add', '--code', 'DEMO', '--name', 'CLI test force').status).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('should print a new key once, then revoke it by id, and refuse a second revocation', () => {
    const added = cli('open311', 'key', 'add', '--force', 'DEMO', '--organisation', 'Tell MAMA');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const [issued, key] = added.stdout.trim().split('\n');
    const id = /^Open311 key ([0-9a-f-]{36}) issued to Tell MAMA for DEMO$/.exec(issued ?? '')?.[1];
    expect(id).toBeDefined();
    expect(key).toMatch(/^api_key \(shown once\): c311_[A-Za-z0-9_-]{43}$/);
    const revoked = cli('open311', 'key', 'revoke', '--id', id ?? '');
    expect(revoked.stdout).toBe(`Open311 key ${id} of Tell MAMA (DEMO) revoked\n`);
    expect(revoked.status).toBe(0);
    const again = cli('open311', 'key', 'revoke', '--id', id ?? '');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`cohesion: Open311 key ${id} was already revoked\n`);
    const unknownForce = cli('open311', 'key', 'add', '--force', 'NOPE', '--organisation', 'X');
    expect(unknownForce.status).toBe(1);
    expect(unknownForce.stderr).toBe('cohesion: force NOPE not found\n');
  });
});
