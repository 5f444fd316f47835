import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let admin: SignedInClient;

beforeAll(async () => {
  test = await createTestApp();
  admin = await test.signIn(await test.addUser('AAA', ['admin']));
  await test.signIn(await test.addUser('AAA', ['officer'], 'officer.one@test.example'));
});
afterAll(() => test.close());

describe('GET /api/v1/admin/audit', () => {
  it('should answer 401 when signed out and 403 to a role without audit access', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/admin/audit' })).statusCode).toBe(401);
    const inspector = await test.signIn(await test.addUser('AAA', ['inspector']));
    expect((await inspector.request({ method: 'GET', url: '/api/v1/admin/audit' })).statusCode).toBe(403);
  });

  it('should find sign-ins by actor, newest first, and page with a cursor', async () => {
    const first = await admin.request({ method: 'GET', url: '/api/v1/admin/audit?actor=officer.one&action=auth.signed_in&limit=1' });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ actorEmail: 'officer.one@test.example', action: 'auth.signed_in' });
    const all = (await admin.request({ method: 'GET', url: '/api/v1/admin/audit?limit=500' })).json().items as { id: number }[];
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => b - a));
    if (page.nextBefore) {
      const next = (await admin.request({ method: 'GET', url: `/api/v1/admin/audit?actor=officer.one&before=${page.nextBefore}` })).json();
      expect(next.items.every((r: { id: number }) => r.id < page.nextBefore)).toBe(true);
    }
  });

  it('should offer no older page when the last page is exactly full', async () => {
    const all = (await admin.request({ method: 'GET', url: '/api/v1/admin/audit?action=user.created&limit=500' })).json();
    const count = all.items.length;
    expect(count).toBeGreaterThan(1);
    const exact = (await admin.request({ method: 'GET', url: `/api/v1/admin/audit?action=user.created&limit=${count}` })).json();
    expect(exact.items).toHaveLength(count);
    expect(exact.nextBefore).toBeNull();
    const short = (await admin.request({ method: 'GET', url: `/api/v1/admin/audit?action=user.created&limit=${count - 1}` })).json();
    expect(short.nextBefore).toBe(short.items.at(-1).id);
  });

  it('should log the search itself', async () => {
    await admin.request({ method: 'GET', url: '/api/v1/admin/audit?action=user.created' });
    expect((await auditRows(test, 'audit.searched'))[0]?.actor_email).toBe(admin.email);
  });

  it('should name a bad filter', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/v1/admin/audit?from=yesterday&limit=9999' });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['from', 'limit']));
  });

  it('should not show another force’s audit rows', async () => {
    const stranger = await test.outsider(['admin']);
    const items = (await stranger.request({ method: 'GET', url: '/api/v1/admin/audit?limit=500' })).json().items as { actorEmail: string }[];
    expect(items.length).toBeGreaterThan(0);
    const actors = new Set(items.map((r) => r.actorEmail));
    expect(actors.has(stranger.email)).toBe(true);
    expect(actors.has(admin.email)).toBe(false);
    expect(actors.has('officer.one@test.example')).toBe(false);
  });
});

describe('GET /api/v1/admin/audit.csv', () => {
  it('should download the filtered log as CSV', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/v1/admin/audit.csv?action=auth.signed_in' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actorEmail,action,recordType,recordId,ip,requestId,reason');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.slice(1).every((l) => l.split(',')[3] === 'auth.signed_in')).toBe(true);
    expect((await auditRows(test, 'audit.exported'))[0]?.actor_email).toBe(admin.email);
  });

  it('should answer 403 as a problem document to a role without audit access', async () => {
    const officer = await test.signIn(await test.addUser('AAA', ['officer']));
    const response = await officer.request({ method: 'GET', url: '/api/v1/admin/audit.csv' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
