import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope } from '../db/scope.ts';
import { systemActor, userActor } from '../platform/actor.ts';
import { createServices, type Services } from '../services.ts';
import { createSharedTestDatabase, quietLog, waitFor, type SharedTestDatabase } from '../test/jobs-fixture.ts';
import { JobFailed, type JobHandler } from './job.ts';
import * as repository from './jobs.repository.ts';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from './worker.ts';

let shared: SharedTestDatabase;
let db: Db;
let services: Services;
let forceId: string;
let otherForceId: string;
const onPostgres = Boolean(process.env['DATABASE_URL']);
const workers: JobWorker[] = [];

beforeAll(async () => {
  shared = await createSharedTestDatabase();
  db = shared.first.db;
  services = createServices(loadConfig({ LOG_LEVEL: 'silent', COHESION_DEMO: '0' }), shared.first);
  forceId = (await services.forces.addForce(systemActor('test'), { code: 'JOBA', name: 'Jobs force A' })).id;
  otherForceId = (await services.forces.addForce(systemActor('test'), { code: 'JOBB', name: 'Jobs force B' })).id;
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(() => shared.close());

function worker(handlers: Record<string, JobHandler>, options: Partial<JobWorkerOptions> = {}): JobWorker {
  const started = startJobWorker({ db, listen: shared.first.listen, handlers: new Map(Object.entries(handlers)), log: quietLog, concurrency: 1, pollMs: 50, ...options });
  workers.push(started);
  return started;
}

const job = (id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const secondsUntilRun = async (id: string) =>
  (await sql<{ s: number }>`select extract(epoch from run_at - now())::float8 as s from jobs where id = ${id}`.execute(db)).rows[0]?.s ?? NaN;
const makeDue = (id: string) => db.updateTable('jobs').set({ run_at: sql`now()` }).where('id', '=', id).execute();

describe('enqueue', () => {
  it('should add one job per unique key, however often and however concurrently it is enqueued', async () => {
    const first = await services.jobs.enqueue('daily-pack', { day: '2026-11-24' }, { uniqueKey: `daily-pack:${forceId}:2026-11-24`, forceId, runAt: new Date(Date.now() + 3_600_000) });
    const again = await services.jobs.enqueue('daily-pack', { day: 'ignored' }, { uniqueKey: `daily-pack:${forceId}:2026-11-24`, forceId });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const racing = await Promise.all(
      Array.from({ length: 10 }, () => services.jobs.enqueue('daily-pack', { day: '2026-11-25' }, { uniqueKey: `daily-pack:${forceId}:2026-11-25`, forceId })),
    );
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(racing.map((r) => r.id)).size).toBe(1);
    const rows = await db.selectFrom('jobs').select(['unique_key', 'payload']).where('unique_key', 'like', `daily-pack:${forceId}:%`).execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.unique_key?.endsWith('24'))?.payload).toEqual({ day: '2026-11-24' });
  });

  it('should enqueue within a force-scoped transaction for that force only (row-level security)', async () => {
    const own = await inForceScope(db, { forceIds: [forceId] }, (trx) => services.jobs.enqueue('export', { rows: 10 }, { forceId, trx }));
    expect((await job(own.id)).force_id).toBe(forceId);
    await expect(inForceScope(db, { forceIds: [forceId] }, (trx) => services.jobs.enqueue('export', {}, { forceId: otherForceId, trx }))).rejects.toThrow(/row-level security/);
    await expect(inForceScope(db, { forceIds: [forceId] }, (trx) => services.jobs.enqueue('export', {}, { trx }))).rejects.toThrow(/row-level security/);
    const visible = await inForceScope(db, { forceIds: [otherForceId] }, (trx) => trx.selectFrom('jobs').select(['id', 'force_id']).execute());
    expect(visible.every((r) => r.force_id === otherForceId || r.force_id === null)).toBe(true);
    expect(visible.map((r) => r.id)).not.toContain(own.id);
  });

  it('should refuse a bad kind, attempts or key before touching the database', async () => {
    await expect(services.jobs.enqueue('Daily Pack', {})).rejects.toThrow(/kind/);
    await expect(services.jobs.enqueue('x', {}, { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(services.jobs.enqueue('x', {}, { uniqueKey: '' })).rejects.toThrow(/uniqueKey/);
  });
});

describe('a worker', () => {
  it('should run a job once, keep its small result, and leave kinds it has no handler for', async () => {
    const ran: unknown[] = [];
    const done = await services.jobs.enqueue('echo', { n: 1 });
    const stranger = await services.jobs.enqueue('not-handled-here', {});
    worker({ echo: async (payload, ctx) => {
      ran.push(payload);
      return { seen: ctx.attempt };
    } });
    await waitFor('the echo job', async () => (await job(done.id)).state === 'done');
    expect(ran).toEqual([{ n: 1 }]);
    expect(await job(done.id)).toMatchObject({ attempts: 1, result: { seen: 1 }, locked_by: null, locked_until: null, last_error: null });
    expect((await job(stranger.id)).state).toBe('queued');
  });

  it('should wake on a notification rather than waiting for its next poll', async () => {
    let ran = 0;
    worker({ 'wake-me': async () => void ran++ }, { pollMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const queued = await services.jobs.enqueue('wake-me', {});
    await waitFor('the notified job', async () => (await job(queued.id)).state === 'done', 5_000);
    expect(ran).toBe(1);
  });

  it('should retry a failing job with growing backoff, then fail it with its error; an admin retry runs it again', async () => {
    let healthy = false;
    const runs: number[] = [];
    const queued = await services.jobs.enqueue('flaky', {}, { forceId, maxAttempts: 3 });
    worker({
      flaky: async (_payload, ctx) => {
        runs.push(ctx.attempt);
        if (!healthy) {
          throw new Error('upstream said no');
        }
        return null;
      },
    });
    await waitFor('the first failure', async () => (await job(queued.id)).attempts === 1 && (await job(queued.id)).state === 'queued');
    expect(await secondsUntilRun(queued.id)).toBeGreaterThan(25);
    expect(await secondsUntilRun(queued.id)).toBeLessThanOrEqual(30);
    await makeDue(queued.id);
    await waitFor('the second failure', async () => (await job(queued.id)).attempts === 2 && (await job(queued.id)).state === 'queued');
    expect(await secondsUntilRun(queued.id)).toBeGreaterThan(55);
    expect(await secondsUntilRun(queued.id)).toBeLessThanOrEqual(60);
    await makeDue(queued.id);
    await waitFor('the final failure', async () => (await job(queued.id)).state === 'failed');
    expect(await job(queued.id)).toMatchObject({ attempts: 3, last_error: 'Error: upstream said no', locked_by: null });
    expect((await job(queued.id)).finished_at).toBeInstanceOf(Date);
    expect(runs).toEqual([1, 2, 3]);

    healthy = true;
    const created = await services.users.createUserInForce(systemActor('test'), 'JOBA', { email: 'jobs-admin@test.example', name: 'Admin', roles: ['admin'] });
    const admin = userActor({ userId: created.user.id, email: created.user.email, name: 'Admin', forceId, roles: ['admin'], ip: null, requestId: null });
    expect(await services.jobs.retryForAdmin(admin, queued.id)).toMatchObject({ state: 'queued', attempts: 0, lastError: 'Error: upstream said no' });
    await waitFor('the retried job', async () => (await job(queued.id)).state === 'done');
    expect(runs).toEqual([1, 2, 3, 1]);
  });

  it('should fail a job at once on JobFailed without retry, and on a payload that does not fit', async () => {
    const permanent = await services.jobs.enqueue('give-up', {}, { maxAttempts: 5 });
    worker({ 'give-up': async () => Promise.reject(new JobFailed('report 42 no longer exists', { retry: false })) });
    await waitFor('the permanent failure', async () => (await job(permanent.id)).state === 'failed');
    expect(await job(permanent.id)).toMatchObject({ attempts: 1, last_error: 'report 42 no longer exists' });
  });

  it('should take back a job whose worker crashed once its lease expires, and refuse the dead worker’s late word', async () => {
    const queued = await services.jobs.enqueue('crashy', {});
    const claimed = await inSystemScope(db, (trx) => repository.claimJob(trx, 'crashed-worker', ['crashy'], 60));
    expect(claimed?.id).toBe(queued.id);
    let ran = 0;
    worker({ crashy: async () => void ran++ });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toBe(0);
    expect((await job(queued.id)).state).toBe('running');

    await db.updateTable('jobs').set({ locked_until: sql`now() - interval '1 second'` }).where('id', '=', queued.id).execute();
    await waitFor('the reclaimed job', async () => (await job(queued.id)).state === 'done');
    expect(ran).toBe(1);
    expect(await job(queued.id)).toMatchObject({ attempts: 2, last_error: 'the worker stopped before finishing: its lease expired' });
    expect(await inSystemScope(db, (trx) => repository.completeJob(trx, queued.id, 'crashed-worker', null))).toBe(false);
  });

  it('should fail, not requeue, a crashed job that had used its last attempt', async () => {
    const queued = await services.jobs.enqueue('crash-loop', {}, { maxAttempts: 1 });
    await inSystemScope(db, (trx) => repository.claimJob(trx, 'crashed-worker', ['crash-loop'], 60));
    await db.updateTable('jobs').set({ locked_until: sql`now() - interval '1 second'` }).where('id', '=', queued.id).execute();
    worker({ 'crash-loop': async () => undefined });
    await waitFor('the failed job', async () => (await job(queued.id)).state === 'failed');
    expect((await job(queued.id)).attempts).toBe(1);
  });

  it('should extend the lease of a long job, so a competing worker never takes it over', async () => {
    let ran = 0;
    const queued = await services.jobs.enqueue('long', {});
    const slow: JobHandler = async () => {
      ran++;
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    };
    worker({ long: slow }, { leaseMs: 300 });
    await waitFor('the long job to start', async () => (await job(queued.id)).state === 'running');
    worker({ long: slow }, { db: shared.second.db, leaseMs: 300 });
    await waitFor('the long job', async () => (await job(queued.id)).state === 'done');
    expect(ran).toBe(1);
    expect((await job(queued.id)).attempts).toBe(1);
  });

  it('should give back, uncounted, a job still running when its grace period ends at stop', async () => {
    const queued = await services.jobs.enqueue('stubborn', {});
    let aborted = false;
    const started = worker(
      {
        stubborn: (_payload, ctx) =>
          new Promise((_resolve, reject) => {
            ctx.signal.addEventListener('abort', () => {
              aborted = true;
              reject(new Error('stopped'));
            });
          }),
      },
      { graceMs: 100 },
    );
    await waitFor('the stubborn job to start', async () => (await job(queued.id)).state === 'running');
    await started.stop();
    expect(aborted).toBe(true);
    expect(await job(queued.id)).toMatchObject({ state: 'queued', attempts: 0, locked_by: null, last_error: null });
  });

  it('should let a job finish within the grace period at stop', async () => {
    const queued = await services.jobs.enqueue('quick', {});
    const started = worker({ quick: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 200)) }, { graceMs: 5_000 });
    await waitFor('the quick job to start', async () => (await job(queued.id)).state === 'running');
    await started.stop();
    expect((await job(queued.id)).state).toBe('done');
  });
});

describe('two workers on one database', () => {
  it('should run each of 50 jobs exactly once', async () => {
    const runs = new Map<string, number>();
    const byWorker = new Map<string, number>();
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      ids.add((await services.jobs.enqueue('count-me', { i })).id);
    }
    const concurrency = onPostgres ? 4 : 1;
    const handler =
      (name: string): JobHandler =>
      async (_payload, ctx) => {
        runs.set(ctx.id, (runs.get(ctx.id) ?? 0) + 1);
        byWorker.set(name, (byWorker.get(name) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 15));
      };
    worker({ 'count-me': handler('one') }, { concurrency, db: shared.first.db, listen: shared.first.listen });
    worker({ 'count-me': handler('two') }, { concurrency, db: shared.second.db, listen: shared.second.listen });
    const doneCount = async () => (await db.selectFrom('jobs').select(sql<number>`count(*)::int`.as('n')).where('kind', '=', 'count-me').where('state', '=', 'done').executeTakeFirstOrThrow()).n;
    await waitFor('all 50 jobs', async () => (await doneCount()) === 50, 30_000);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect((byWorker.get('one') ?? 0) + (byWorker.get('two') ?? 0)).toBe(50);
    expect(byWorker.get('one')).toBeGreaterThan(0);
    expect(byWorker.get('two')).toBeGreaterThan(0);
  });
});
