import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';
import { waitFor } from '../test/jobs-fixture.ts';

let test: TestApp;
let admin: SignedInClient;
let ownForce: string;
const URL = '/api/v1/admin/jobs';
const ids = { own: '', system: '', other: '', queued: '' };

/** As a worker leaves a job that used its last attempt. */
const markFailed = (id: string) =>
  test.database.db
    .updateTable('jobs')
    .set({ state: 'failed', attempts: sql`max_attempts`, last_error: 'Error: upstream said no', finished_at: sql`now()` })
    .where('id', '=', id)
    .execute();

beforeAll(async () => {
  test = await createTestApp();
  admin = await test.signIn(await test.addUser('GMP', ['admin']));
  await test.addUser('MET', ['admin']);
  const forces = await test.services.forces.listAll();
  const forceOf = (code: string) => forces.find((f) => f.code === code)?.id ?? '';
  ownForce = forceOf('GMP');
  ids.own = (await test.services.jobs.enqueue('daily-pack', { day: '2026-11-24' }, { forceId: ownForce })).id;
  ids.system = (await test.services.jobs.enqueue('prune-jobs', { day: '2026-11-24' })).id;
  ids.other = (await test.services.jobs.enqueue('daily-pack', { day: '2026-11-24' }, { forceId: forceOf('MET') })).id;
  ids.queued = (await test.services.jobs.enqueue('export', { note: 'payloads never leave the server' }, { forceId: ownForce })).id;
  for (const id of [ids.own, ids.system, ids.other]) {
    await markFailed(id);
  }
});
afterAll(() => test.close());

describe('GET /api/v1/admin/jobs and POST …/{id}/retry', () => {
  it('should answer 401 when signed out', async () => {
    expect((await test.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await test.app.inject({ method: 'POST', url: `${URL}/${ids.own}/retry` })).statusCode).toBe(401);
  });

  it('should answer 403 to roles without admin:forces, and retry nothing', async () => {
    for (const roles of [['analyst'], ['supervisor', 'inspector'], ['gold']] as const) {
      const someone = await test.signIn(await test.addUser('GMP', [...roles]));
      for (const options of [
        { method: 'GET' as const, url: URL },
        { method: 'POST' as const, url: `${URL}/${ids.own}/retry` },
      ]) {
        const response = await someone.request(options);
        expect(response.statusCode, `${roles.join(',')} ${options.method}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    expect((await test.database.db.selectFrom('jobs').select('state').where('id', '=', ids.own).executeTakeFirstOrThrow()).state).toBe('failed');
  });

  it('should list the force’s jobs and the system’s, newest first, never another force’s, and no payloads', async () => {
    const response = await admin.request({ method: 'GET', url: URL });
    expect(response.statusCode, response.body).toBe(200);
    const jobs = response.json() as { id: string; forceId: string | null; createdAt: string }[];
    expect(jobs.map((j) => j.id)).toEqual([ids.queued, ids.system, ids.own]);
    expect(jobs.find((j) => j.id === ids.system)?.forceId).toBeNull();
    expect(jobs.find((j) => j.id === ids.own)).toMatchObject({ forceId: ownForce, kind: 'daily-pack', state: 'failed', attempts: 5, maxAttempts: 5, lastError: 'Error: upstream said no' });
    expect(response.body).not.toContain('payload');
    expect(response.body).not.toContain('never leave');

    const failed = (await admin.request({ method: 'GET', url: `${URL}?state=failed&limit=1` })).json() as { id: string }[];
    expect(failed.map((j) => j.id)).toEqual([ids.system]);
  });

  it('should answer 400 to a bad state, limit, unknown parameter or id', async () => {
    for (const url of [`${URL}?state=stuck`, `${URL}?limit=0`, `${URL}?limit=201`, `${URL}?forceId=${ownForce}`, `${URL}/42/retry`]) {
      const response = await admin.request({ method: url.endsWith('retry') ? 'POST' : 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('should answer 404 for another force’s job and for no job at all', async () => {
    await expectOtherForce404(test, ['admin'], { method: 'POST', url: `${URL}/${ids.own}/retry` });
    const mine = await admin.request({ method: 'POST', url: `${URL}/${ids.other}/retry` });
    expect(mine.statusCode).toBe(404);
    expect((await admin.request({ method: 'POST', url: `${URL}/00000000-0000-4000-8000-000000000000/retry` })).statusCode).toBe(404);
    expect((await test.database.db.selectFrom('jobs').select('state').where('id', '=', ids.other).executeTakeFirstOrThrow()).state).toBe('failed');
  });

  it('should put a failed job of the force, or of the system, back in the queue once, audited; 409 after', async () => {
    for (const id of [ids.own, ids.system]) {
      const response = await admin.request({ method: 'POST', url: `${URL}/${id}/retry` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ id, state: 'queued', attempts: 0, finishedAt: null, lastError: 'Error: upstream said no' });
      const again = await admin.request({ method: 'POST', url: `${URL}/${id}/retry` });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'conflict' });
    }
    const audit = await auditRows(test, 'job.retried');
    expect(audit.map((a) => a.record_id).sort()).toEqual([ids.own, ids.system].sort());
    expect(audit.every((a) => a.force_id === ownForce && a.actor_email === admin.email)).toBe(true);
    expect((await admin.request({ method: 'POST', url: `${URL}/${ids.queued}/retry` })).statusCode).toBe(409);
  });

  it('should report the queue depth on /metrics', async () => {
    await markFailed(ids.queued);
    const metrics = await test.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/cohesion_job_queue_depth\{state="failed"\} 2/);
    expect(metrics.body).toMatch(/cohesion_job_queue_depth\{state="due"\} 2/);
    expect(metrics.body).toMatch(/cohesion_job_queue_depth\{state="running"\} 0/);
  });
});

describe('an app with JOBS_WORKER on', () => {
  it('should run queued jobs with the registered handlers, and stop with the app', async () => {
    const withWorker = await createTestApp({ JOBS_WORKER: 'on', JOBS_POLL_MS: '50' });
    try {
      const { id } = await withWorker.services.jobs.enqueue('prune-jobs', { day: 'test' });
      const state = () => withWorker.database.db.selectFrom('jobs').select(['state', 'result']).where('id', '=', id).executeTakeFirstOrThrow();
      await waitFor('the prune job', async () => (await state()).state === 'done');
      expect((await state()).result).toEqual({ deleted: 0 });
    } finally {
      await withWorker.close();
    }
  });
});
