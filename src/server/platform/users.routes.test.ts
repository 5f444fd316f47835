import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let admin: SignedInClient;

beforeAll(async () => {
  test = await createTestApp();
  admin = await test.signIn(await test.addUser('AAA', ['admin']));
});
afterAll(() => test.close());

describe('POST /api/v1/admin/users', () => {
  const newUser = (email: string) => ({ email, name: 'Priya Shah', roles: ['call_handler'] });

  it('should answer 401 when signed out', async () => {
    const response = await test.app.inject({ method: 'POST', url: '/api/v1/admin/users', payload: newUser('a@test.example') });
    expect(response.statusCode).toBe(401);
  });

  it('should answer 403 to a role that does not manage users', async () => {
    const analyst = await test.signIn(await test.addUser('AAA', ['analyst']));
    const response = await analyst.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser('b@test.example') });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('should name each bad field', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email: 'nope', name: '', roles: ['sheriff'] },
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'roles.0']));
  });

  it('should create the user in the admin’s force, show a generated password once and audit it', async () => {
    const response = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser('c@test.example') });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'c@test.example', roles: ['call_handler'], disabled: false });
    expect(body.password).toMatch(/^.{20}$/);
    expect(body.user).not.toHaveProperty('passwordHash');
    const [row] = await auditRows(test, 'user.created');
    expect(row).toMatchObject({ actor_email: admin.email, record_id: body.user.id });
    const signedIn = await test.signIn('c@test.example', body.password);
    expect(signedIn.cookie).toContain('cohesion_session=');
  });

  it('should answer 409 when the email is already a user of the force', async () => {
    await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser('d@test.example') });
    const again = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser('d@test.example') });
    expect(again.statusCode).toBe(409);
  });
});

describe('GET /api/v1/admin/users/:id', () => {
  it('should return a user of the force and audit the read', async () => {
    const email = await test.addUser('AAA', ['officer']);
    const list = (await admin.request({ method: 'GET', url: '/api/v1/admin/users' })).json() as { id: string; email: string }[];
    const user = list.find((u) => u.email === email);
    const response = await admin.request({ method: 'GET', url: `/api/v1/admin/users/${user?.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().email).toBe(email);
    expect((await auditRows(test, 'user.read'))[0]?.record_id).toBe(user?.id);
  });

  it('should answer 404 to an admin of another force', async () => {
    const list = (await admin.request({ method: 'GET', url: '/api/v1/admin/users' })).json() as { id: string }[];
    await expectOtherForce404(test, ['admin'], { method: 'GET', url: `/api/v1/admin/users/${list[0]?.id}` });
  });

  it('should name the parameter when the id is not a UUID', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/v1/admin/users/42' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('id');
  });
});

describe('GET /api/v1/admin/users', () => {
  it('should list only the admin’s own force', async () => {
    const stranger = await test.outsider(['admin']);
    const theirs = (await stranger.request({ method: 'GET', url: '/api/v1/admin/users' })).json() as { email: string }[];
    expect(theirs.map((u) => u.email)).toEqual([stranger.email]);
  });
});
