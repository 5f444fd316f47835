import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, TEST_PASSWORD, type TestApp } from '../test/harness.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp({ LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' });
});
afterAll(() => test.close());

const login = (email: string, password: string) =>
  test.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('POST /api/v1/auth/login', () => {
  it('should set an HttpOnly SameSite=Lax session cookie and audit the sign-in when the password is right', async () => {
    const email = await test.addUser('AAA', ['call_handler']);
    const response = await login(email, TEST_PASSWORD);
    expect(response.statusCode).toBe(204);
    const cookie = response.cookies.find((c) => c.name === 'cohesion_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const [row] = await auditRows(test, 'auth.signed_in');
    expect(row?.actor_email).toBe(email);
    expect(row?.ip).toBe('127.0.0.1');
  });

  it('should answer 401 with the same problem for a wrong password and an unknown email', async () => {
    const email = await test.addUser('AAA', ['call_handler']);
    const wrong = await login(email, 'not-the-password');
    const unknown = await login('nobody@test.example', 'not-the-password');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'unauthenticated', detail: 'the email address or password is not right' });
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect((await auditRows(test, 'auth.sign_in_failed')).length).toBeGreaterThanOrEqual(2);
  });

  it('should refuse with 429 and Retry-After once too many failures pile up, even with the right password', async () => {
    const email = await test.addUser('AAA', ['officer']);
    for (let i = 0; i < 3; i++) {
      expect((await login(email, 'wrong-password')).statusCode).toBe(401);
    }
    const blocked = await login(email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ code: 'rate_limited' });
  });

  it('should name the field when the input is invalid, and refuse unknown fields', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email', password: 'x', remember: true },
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'remember']));
  });

  it('should refuse a form-encoded body (a cross-site form cannot send JSON)', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.example&password=x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });
});

describe('GET /api/v1/me', () => {
  it('should answer 401 when signed out', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('should describe the user, force, roles, permissions and CSRF token', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['supervisor']));
    const me = (await client.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(me.user.email).toBe(client.email);
    expect(me.force.code).toBe('AAA');
    expect(me.roles).toEqual(['supervisor']);
    expect(me.permissions).toContain('cases:assign');
    expect(me.permissions).not.toContain('admin:users');
    expect(me.csrfToken).toBe(client.csrfToken);
  });
});

describe('sessions', () => {
  it('should end a session left idle longer than the idle timeout', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['officer']));
    await sql`update sessions set last_seen_at = now() - interval '31 minutes'`.execute(test.database.db);
    const response = await client.request({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
  });

  it('should end a session past its absolute lifetime even while in use', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['officer']));
    await sql`update sessions set expires_at = now() - interval '1 second'`.execute(test.database.db);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('should refuse a signed-in state-changing request without the CSRF token', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['officer']));
    const response = await test.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: client.cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_failed' });
    const forged = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: client.cookie, 'x-csrf-token': 'guessed-token' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
  });

  it('should refuse any state-changing request from another site’s origin', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'a@b.example', password: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_failed' });
  });

  it('should end the session at sign-out', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['officer']));
    expect((await client.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await auditRows(test, 'auth.signed_out'))[0]?.actor_email).toBe(client.email);
  });
});

describe('POST /api/v1/me/force', () => {
  it('should switch a user of two forces to the other one', async () => {
    const email = await test.addUser('AAA', ['analyst']);
    await test.addUser('BBB', ['inspector'], email);
    const client = await test.signIn(email);
    const before = (await client.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(before.forces).toHaveLength(2);
    const other = before.forces.find((f: { code: string }) => f.code === 'BBB');
    const switched = await client.request({ method: 'POST', url: '/api/v1/me/force', payload: { forceId: other.id } });
    expect(switched.statusCode).toBe(204);
    const after = (await client.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(after.force.code).toBe('BBB');
    expect(after.roles).toEqual(['inspector']);
  });

  it('should answer 404 for a force the user does not belong to', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['analyst']));
    const stranger = await test.outsider(['analyst']);
    const strangerForce = (await stranger.request({ method: 'GET', url: '/api/v1/me' })).json().force.id;
    const response = await client.request({ method: 'POST', url: '/api/v1/me/force', payload: { forceId: strangerForce } });
    expect(response.statusCode).toBe(404);
  });

  it('should name the field when the force id is not a UUID', async () => {
    const client = await test.signIn(await test.addUser('AAA', ['analyst']));
    const response = await client.request({ method: 'POST', url: '/api/v1/me/force', payload: { forceId: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('forceId');
  });
});

describe('POST /api/v1/auth/login flood guard', () => {
  it('should refuse more than 30 attempts a minute from one address, whatever the accounts', async () => {
    // A separate app whose per-account throttle is out of reach, so only the flood guard can answer 429.
    const lenient = await createTestApp({ LOGIN_MAX_FAILURES: '1000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const response = await lenient.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `flood-${i}@test.example`, password: 'whatever' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await lenient.close();
    }
  });
});
