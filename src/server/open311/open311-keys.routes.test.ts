import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let admin: SignedInClient;

const URL = '/api/v1/admin/open311-keys';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A valid GeoReport request (see open311.routes.test.ts), form-encoded as a partner app sends it. */
function reportWith(apiKey: string): string {
  const body = new URLSearchParams({
    api_key: apiKey,
    service_code: 'hate_crime',
    lat: '53.4794',
    long: '-2.2453',
    address_string: 'Bus stop outside the library, Oldham Road, Manchester M4 5BA',
    description: 'Two men shouted religious abuse at a woman wearing a headscarf and pulled at it.',
    'attribute[perceived_religion]': 'muslim',
    'attribute[occurred_at]': '2026-11-24T17:45:00Z',
  });
  body.append('attribute[strands][]', 'religion');
  return body.toString();
}

const submit = (apiKey: string) => test.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: FORM, payload: reportWith(apiKey) });

async function issue(client: SignedInClient, organisation: string) {
  const response = await client.request({ method: 'POST', url: URL, payload: { organisation } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { key: { id: string; organisation: string; createdAt: string; revokedAt: null }; apiKey: string };
}

beforeAll(async () => {
  test = await createTestApp();
  admin = await test.signIn(await test.addUser('GMP', ['admin']));
});
afterAll(() => test.close());

describe('GET, POST /api/v1/admin/open311-keys and POST …/{id}/revoke', () => {
  it('should answer 401 when signed out', async () => {
    expect((await test.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await test.app.inject({ method: 'POST', url: URL, payload: { organisation: 'Tell MAMA' } })).statusCode).toBe(401);
    const { key } = await issue(admin, 'Signed-out check');
    expect((await test.app.inject({ method: 'POST', url: `${URL}/${key.id}/revoke` })).statusCode).toBe(401);
  });

  it('should answer 403 to roles without admin:users, and issue nothing', async () => {
    const { key } = await issue(admin, 'Role check');
    for (const roles of [['analyst'], ['inspector', 'supervisor'], ['partner']] as const) {
      const someone = await test.signIn(await test.addUser('GMP', [...roles]));
      for (const options of [
        { method: 'GET' as const, url: URL },
        { method: 'POST' as const, url: URL, payload: { organisation: 'Not allowed' } },
        { method: 'POST' as const, url: `${URL}/${key.id}/revoke` },
      ]) {
        const response = await someone.request(options);
        expect(response.statusCode, `${roles.join(',')} ${options.method} ${options.url}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    const organisations = (await test.database.db.selectFrom('open311_keys').select('organisation').execute()).map((r) => r.organisation);
    expect(organisations).not.toContain('Not allowed');
    const listed = (await admin.request({ method: 'GET', url: URL })).json() as { id: string; revokedAt: string | null }[];
    expect(listed.find((k) => k.id === key.id)?.revokedAt).toBeNull();
  });

  it('should answer 400 naming organisation when it is missing, blank or too long, and refuse unknown fields', async () => {
    for (const payload of [{}, { organisation: '   ' }, { organisation: 'x'.repeat(201) }, { organisation: 42 }]) {
      const response = await admin.request({ method: 'POST', url: URL, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
      expect((response.json().errors as { field: string }[]).map((e) => e.field)).toEqual(['organisation']);
    }
    const extra = await admin.request({ method: 'POST', url: URL, payload: { organisation: 'Tell MAMA', forceId: '00000000-0000-4000-8000-000000000000' } });
    expect(extra.statusCode).toBe(400);
    const notUuid = await admin.request({ method: 'POST', url: `${URL}/42/revoke` });
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().errors[0].field).toBe('id');
  });

  it('should issue a key once, list it without the key, let it send reports, and stop it at once when revoked', async () => {
    const issued = await issue(admin, '  Tell MAMA ');
    expect(issued.key).toEqual({ id: expect.any(String), organisation: 'Tell MAMA', createdAt: expect.any(String), revokedAt: null });
    expect(issued.apiKey).toMatch(/^c311_[A-Za-z0-9_-]{43}$/);
    const stored = await test.database.db.selectFrom('open311_keys').innerJoin('forces', 'forces.id', 'open311_keys.force_id').select(['key_hash', 'forces.code']).where('open311_keys.id', '=', issued.key.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ key_hash: createHash('sha256').update(issued.apiKey).digest('hex'), code: 'GMP' });

    const list = await admin.request({ method: 'GET', url: URL });
    expect(list.statusCode).toBe(200);
    const listed = (list.json() as { id: string }[]).find((k) => k.id === issued.key.id);
    expect(listed).toEqual(issued.key);
    expect(list.body).not.toContain(issued.apiKey);
    expect(list.body).not.toContain(stored.key_hash);

    const accepted = await submit(issued.apiKey);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()[0].service_request_id).toMatch(/^GMP-HC-\d{4}-\d{6}$/);

    const revoke = await admin.request({ method: 'POST', url: `${URL}/${issued.key.id}/revoke` });
    expect(revoke.statusCode, revoke.body).toBe(204);
    expect(revoke.body).toBe('');
    const refused = await submit(issued.apiKey);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual([{ code: 403, description: 'api_key is not valid or has been revoked' }]);

    const after = (await admin.request({ method: 'GET', url: URL })).json() as { id: string; revokedAt: string | null }[];
    expect(after.find((k) => k.id === issued.key.id)?.revokedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));

    const again = await admin.request({ method: 'POST', url: `${URL}/${issued.key.id}/revoke` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict' });
  });

  it('should answer 404 for a key that does not exist', async () => {
    const response = await admin.request({ method: 'POST', url: `${URL}/00000000-0000-4000-8000-000000000000/revoke` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('should keep each force to its own keys: another force’s admin does not see them and gets 404 revoking one', async () => {
    const { key, apiKey } = await issue(admin, 'Community Security Trust');
    await expectOtherForce404(test, ['admin'], { method: 'POST', url: `${URL}/${key.id}/revoke` });
    expect((await submit(apiKey)).statusCode).toBe(201);

    const stranger = await test.outsider(['admin']);
    const theirs = await stranger.request({ method: 'GET', url: URL });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toEqual([]);
    const own = await issue(stranger, 'Their own partner');
    const listed = (await stranger.request({ method: 'GET', url: URL })).json() as { id: string }[];
    expect(listed.map((k) => k.id)).toEqual([own.key.id]);
    const ours = (await admin.request({ method: 'GET', url: URL })).json() as { id: string }[];
    expect(ours.map((k) => k.id)).not.toContain(own.key.id);
    // Their key reports to their force, whatever the organisation's name.
    expect((await submit(own.apiKey)).json()[0].service_request_id).toMatch(/^X[A-Z0-9]+-HC-/);
  });

  it('should audit each list, issue and revoke with the admin, the force and the key', async () => {
    const issued = await issue(admin, 'Stop Hate UK');
    const [issuedRow] = await auditRows(test, 'open311.key_issued');
    expect(issuedRow).toMatchObject({ actor_email: admin.email, record_type: 'open311_key', record_id: issued.key.id, details: { organisation: 'Stop Hate UK' } });
    expect(JSON.stringify(issuedRow)).not.toContain(issued.apiKey);

    const listed = (await admin.request({ method: 'GET', url: URL })).json() as unknown[];
    const [listedRow] = await auditRows(test, 'open311.keys_listed');
    expect(listedRow).toMatchObject({ actor_email: admin.email, record_type: 'open311_key', details: { count: listed.length } });

    await admin.request({ method: 'POST', url: `${URL}/${issued.key.id}/revoke` });
    const [revokedRow] = await auditRows(test, 'open311.key_revoked');
    expect(revokedRow).toMatchObject({ actor_email: admin.email, record_id: issued.key.id, details: { organisation: 'Stop Hate UK' } });

    const force = await test.database.db.selectFrom('forces').select('id').where('code', '=', 'GMP').executeTakeFirstOrThrow();
    for (const row of [issuedRow, listedRow, revokedRow]) {
      expect(row?.force_id).toBe(force.id);
      expect(row?.ip).toBe('127.0.0.1');
      expect(row?.request_id).toEqual(expect.any(String));
    }
  });
});
